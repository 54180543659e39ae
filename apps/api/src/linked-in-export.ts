// Test support: a LinkedIn Connections.csv of any size, every row a distinct person (no duplicates).

/** `rows` people as LinkedIn exports them, with its notes preamble, a quoted comma and some e-mails missing. */
export function linkedInExport(rows: number): string {
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Person,Number ${i},https://www.linkedin.com/in/person-${i},${i % 3 ? "" : `p${i}@example.com`},"Company ${i % 97}, Inc.",Head of Design,${(i % 28) + 1} Mar 2024`,
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
