/** The sites whose compose boxes Enlist reads. Nothing else is ever granted at install. */
export const HOST_PERMISSIONS = ["https://www.linkedin.com/*", "https://mail.google.com/*"];

export function manifest(version: string) {
  return {
    manifest_version: 3,
    name: "Enlist",
    version,
    description:
      "Judges your outreach in LinkedIn and Gmail as you type: the right ask for the right person, in the right words.",
    icons: { "16": "icons/16.png", "32": "icons/32.png", "48": "icons/48.png", "128": "icons/128.png" },
    action: { default_title: "Enlist", default_icon: { "16": "icons/16.png", "32": "icons/32.png" } },
    permissions: ["storage"],
    host_permissions: HOST_PERMISSIONS,
    // The user's own Enlist server, wherever it is, asked for at run time from the options page.
    optional_host_permissions: ["https://*/*", "http://*/*"],
    background: { service_worker: "background.js" },
    content_scripts: [{ matches: HOST_PERMISSIONS, js: ["content.js"], run_at: "document_idle", all_frames: false }],
    options_ui: { page: "options.html", open_in_tab: true },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
  };
}
