import { PLACEHOLDER } from "./phrases";

/**
 * A compliment that works names something specific the person did ("your talk on microlearning at
 * DevLearn", a quoted title, a named project). Generic flattery ("I admire your work") does not count.
 */
const PRAISE =
  /\b(?:lov(?:e|ed)|enjoy(?:ed)?|admire[ds]?|appreciat(?:e|ed)|impress(?:ed|ive)|inspir(?:ed|ing)|fascinat(?:ed|ing)|great|fantastic|brilliant|excellent|insightful|thoughtful|helpful|useful|stuck\s+with\s+me|resonated|learned\s+(?:a\s+lot|so\s+much)|changed\s+how|thank(?:s|\s+you)\s+for|big\s+fan|loved\s+reading|really\s+liked|saved\s+me|made\s+me|helped\s+me|taught\s+me|opened\s+my\s+eyes|read\s+(?:it\s+)?(?:twice|three\s+times))\b/i;

// Up to three words may stand between "your" and the work: "your UX Collective piece", "your CSUN talk".
const WORK =
  /\byour\s+(?:[\p{L}\p{N}’'&-]+\s+){0,3}?(?:talk|article|post|paper|book|podcast|episode|keynote|presentation|video|course|thread|newsletter|interview|essay|piece|study|research|report|project|launch|panel|workshop|webinar|case\s+study|blog|series|lecture|session|redesign|guide|file|template|library|tool|app|plugin|repo|framework|slides|deck|community|tutorial|documentary|exhibit)\b/iu;

/** A sign the work is named: "on X", "about X", "at Event", a quoted title, or a capitalised name. */
const ANCHOR = /\b(?:on|about|at|in|for|called|titled|named)\s+(?:the\s+)?[“"'‘]?[\p{L}\p{N}]|[“"‘][^“"”’]{3,}[”"’]|\b(?:\p{Lu}[\p{Ll}\p{N}]+|\p{Lu}{2,})\b/u;

const GENERIC_FLATTERY =
  /\b(?:i\s+)?(?:admire|love|respect)\s+(?:your\s+work|what\s+you\s+do|everything\s+you(?:'|’)?ve\s+done|your\s+career)\b|\bbig\s+fan(?:\s+of\s+(?:yours|your\s+work))?\b|\byou(?:'|’)?re\s+(?:an\s+)?(?:inspiration|amazing|a\s+legend)\b|\bhuge\s+fan\b/i;

export interface ComplimentCheck {
  specific: boolean;
  /** Offsets (within the sentence) of generic flattery, when there is some. */
  generic: { index: number; length: number } | null;
}

export function checkCompliment(raw: string): ComplimentCheck {
  // "your talk at [CONFERENCE]" names nothing until the placeholder is filled in.
  const sentence = raw.replace(PLACEHOLDER, (m) => " ".repeat(m.length));
  const work = WORK.exec(sentence);
  let specific = false;
  if (work && PRAISE.test(sentence)) {
    const after = sentence.slice(work.index + work[0].length);
    specific = ANCHOR.test(after);
  } else if (PRAISE.test(sentence) && /[“"‘][^“"”’]{3,}[”"’]/.test(sentence)) {
    specific = true;
  }
  const g = specific ? null : GENERIC_FLATTERY.exec(sentence);
  return { specific, generic: g ? { index: g.index, length: g[0].length } : null };
}
