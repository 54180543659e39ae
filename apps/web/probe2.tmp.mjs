import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-quic","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const p = await b.newPage();
p.on("console", (m) => console.log("console", m.type(), m.text()));
p.on("pageerror", (e) => console.log("pageerror", e.message));
p.on("response", (r) => r.url().includes("/v1/") && console.log("resp", r.status(), r.url()));
await p.goto("http://127.0.0.1:3111/login");

await p.getByLabel("E-mail").fill("np@example.com");
await p.getByLabel("Password").fill("a long enough password");
await p.getByRole("button", { name: "Log in" }).click();
await p.waitForTimeout(2500);
console.log(p.url());
console.log((await p.locator("main").innerText()).slice(0, 800));
await b.close();
