/**
 * A TEXT value of vCard (RFC 6350) and iCalendar (RFC 5545): backslash, comma and semicolon escaped, every
 * line break written as "\n". That includes the breaks some readers honour beyond CR and LF — U+2028,
 * U+2029, NEL (U+0085), vertical tab and form feed — which would otherwise end the line early there and let
 * the rest of a field be read as a property of its own. Other control characters are not text and go.
 */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    // eslint-disable-next-line no-control-regex -- VT and FF end a line for some readers
    .replace(/\r\n|[\r\n\u2028\u2029\u0085\u000b\u000c]/g, "\\n")
    // eslint-disable-next-line no-control-regex -- the point is to remove control characters
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "");
