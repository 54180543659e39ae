// A LinkedIn Connections.csv of any size, shaped like a real one: the notes preamble, quoted fields with
// commas, empty e-mails, names in several scripts. Deterministic, so every run parses the same file.
const FIRST = ["Ana", "José", "Nguyễn", "Zoë", "Liam", "Maya", "Daniel", "Hannah", "Priya", "Tomás", "Sarah", "Bo"];
const LAST = ["Ruiz", "Núñez-García", "Văn An", "Müller", "O’Connor", "Patel", "Kim", "Lee, Jr.", "Sharma", "Ó Briain"];
const COMPANIES = ["Lumen Health", '"Stripe, Inc."', "Kim & Partners", '"""Quoted"" Ventures"', "Coursera", "Duolingo"];
const ROLES = [
  "Senior UX Researcher",
  '"Engineering Manager, Payments"',
  "Teacher turned Learning Designer",
  "Founder & CEO",
  "Data Scientist (ex-teacher)",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** @param {number} rows @returns {string} */
export function linkedInExport(rows) {
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    const lastCell = last.includes(",") ? `"${last}"` : last;
    const email = i % 3 === 0 ? `person${i}@example.com` : "";
    lines.push(
      `${first},${lastCell},https://www.linkedin.com/in/person-${i},${email},${COMPANIES[i % COMPANIES.length]},${ROLES[i % ROLES.length]},${String((i % 28) + 1).padStart(2, "0")} ${MONTHS[i % 12]} ${2015 + (i % 11)}`,
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
