/** How much of a file's non-ASCII reads as UTF-8: multi-byte characters that are valid, and stretches that are not. */
export interface Utf8Validity {
  /** Well-formed multi-byte characters (é, ø, €…). */
  valid: number;
  /** Ill-formed stretches, each of which a UTF-8 decoder replaces by one U+FFFD. */
  invalid: number;
}

/**
 * Walks the bytes as the WHATWG UTF-8 decoder does (a stretch that starts a character and breaks off counts
 * once, as its maximal subpart), so that `invalid` is the number of U+FFFD the decoder will write.
 */
export function utf8Validity(bytes: Uint8Array): Utf8Validity {
  let valid = 0;
  let invalid = 0;
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    // The second byte's range is narrower after some leads: no overlong forms, no surrogates, nothing past U+10FFFF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < needed; k++, j++) {
      const b = bytes[j];
      if (b === undefined || b < (k === 0 ? low : 0x80) || b > (k === 0 ? high : 0xbf)) {
        ok = false;
        break;
      }
    }
    if (ok) valid++;
    else invalid++;
    i = j;
  }
  return { valid, invalid };
}
