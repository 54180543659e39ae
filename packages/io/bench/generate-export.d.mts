/** A LinkedIn Connections.csv with `rows` connections. */
export function linkedInExport(rows: number): string;
