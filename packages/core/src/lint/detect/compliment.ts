import { PLACEHOLDER } from "./phrases";

/**
 * A compliment that works names something specific the person did ("your talk on microlearning at
 * DevLearn", a quoted title, a named project). Generic flattery ("I admire your work") does not count.
 */
const PRAISE =
  /\b(?:lov(?:e|ed)|enjoy(?:ed)?|admire[ds]?|appreciat(?:e|ed)|impress(?:ed|ive)|inspir(?:ed|ing)|fascinat(?:ed|ing)|great|fantastic|brilliant|excellent|insightful|thoughtful|helpful|useful|stuck\s+with\s+me|resonated|learned\s+(?:a\s+lot|so\s+much)|changed\s+how|thank(?:s|\s+you)\s+for|big\s+fan|loved\s+reading|really\s+liked|saved\s+me|made\s+me|helped\s+me|taught\s+me|moved\s+me|beautiful|opened\s+my\s+eyes|read\s+(?:it\s+)?(?:twice|three\s+times))\b/i;

// Up to four words may stand between "your" and the work: "your UX Collective piece", "your HIMSS keynote".
// "Work", "career" and "journey" are left out: "your work in policy" praises nothing in particular. The words
// between are no verb: "your company is hiring site managers" names no site of theirs.
const WORK =
  /\byour\s+(?:(?!(?:is|are|was|were|has|have|had|and|but|that|which|who)\s)[\p{L}\p{N}’'&.-]+\s+){0,4}?(?:talk|article|post|paper|book|podcast|episode|keynote|presentation|video|course|thread|newsletter|interview|essay|piece|study|research|report|project|launch|panel|workshop|webinar|case\s+study|blog|series|lecture|session|redesign|guide|template|library|tool|app|plugin|repo|framework|slides|deck|tutorial|documentary|exhibit|write-?up|cheat\s?sheet|testimony|op-ed|column|speech|chapter|dissertation|thesis|dataset|campaign|analysis|commentary|checklist|playbook|toolkit|handbook|dashboard|model|method|feature|answer|comment|writing|viewpoint|editorial|white-?paper|memo|film|album|curriculum|syllabus|program(?:me)?|initiative|product|startup|website|site|visuali[sz]ation|chart|map|tweet|class|module|poster|explainer|installation|pavilion|production|exhibition|performance|collection|mural|sculpture|song|play|opera|building|decision|argument|ruling|residency|fellowship|policy|reform|pilot|trial|experiment|rollout|overhaul|migration|brief)s?\b/iu;

/**
 * A sign the work is named: its title right after it ("your documentary Salt Roads"), "on X", "about X",
 * "at Event", "in Journal", a quoted title, or a capitalised name.
 * Straight single quotes count as a title's only right after the work ("your book 'The Quiet Ledger'"):
 * elsewhere they are apostrophes.
 */
const ANCHOR =
  /^\s*(?!I\b|I['’])\p{Lu}[\p{L}\p{N}'’-]+|^\s*(?:[\p{L}-]+\s+){0,2}?(?:on|about|at|in|of|for|from|called|titled|named|with|to|that|which|where|before|against|during)\s+(?!(?:months|years|weeks|ages|a\s+while|a\s+long|some\s+time|the\s+(?:past|last))\b)(?:the\s+|a\s+|an\s+)?[“"'‘]?[\p{L}\p{N}]|^\s*(?:breaking\s+down|explaining|showing|walking\s+through|unpacking|laying\s+out|describing)\s+(?:how|why|what|the)\s|^\s*[“"‘][^“"”’]{3,}[”"’]|^\s*'[^'\n]{3,80}'|[“"‘][^“"”’]{3,}[”"’]/u;
/** What names works in the plural: a capitalised name or a title after them ("your posts on the FHIR rollout"). */
const PLURAL_ANCHOR =
  /^\s*(?!I\b|I['’])\p{Lu}[\p{L}\p{N}'’-]+|^\s*(?:[\p{L}-]+\s+){0,2}?(?:on|about|at|in|for|from|with|called|titled)\s+(?:the\s+)?[“"'‘]?\p{Lu}|^\s*(?:that|which|where)\s|^\s*(?:breaking\s+down|explaining|showing|walking\s+through|unpacking)\s|[“"‘][^“"”’]{3,}[”"’]/u;
/** What a named work did for the sender: "…changed how I teach", "…hit home", "…got me started". */
const EFFECT =
  /\b(?:was|is|has|changed|named|made|gave|hit|stuck|stayed|got|helped|showed|convinced|pushed|led|sparked|clicked|opened|shaped|reshaped|transformed|shifted|reframed|clarified|explained|described|saved|keep|use)\b/i;
/**
 * Their work named without "your" (but "how you explained the gap" asks, it does not praise): "the onboarding redesign you led at Duolingo", "you spoke on the Mind the
 * Product panel about research ethics", "the episode of Design Details where you talked about…".
 */
const THEIR_WORK =
  /\b(?:[Tt]he\s+(?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}-]+\s+(?:that\s+)?you\s+(?:led|published|wrote|co-wrote|authored|co-authored|built|gave|ran|shared|posted|designed|launched|made|created|presented|released|hosted|started|recorded|taught|staged|directed|curated|produced|composed|choreographed|founded|organi[sz]ed|introduced|piloted|pioneered|championed|argued|won|drafted|edited|developed|negotiated|filed|reported|illustrated|photographed|coded|maintain|maintained|pushed|spearheaded|oversaw|shipped|open-sourced)\b|(?<!\b(?:how|whether|why|what|when|if)\s+)[Yy]ou\s+(?:recently\s+)?(?:spoke|talked|presented|wrote|posted|shared|explained|described|argued|gave|led|built|published|launched)\s+(?:[\p{L}-]+\s+){0,3}?(?:on|at|about|in|for)\s+(?:the\s+|a\s+|your\s+)?[“"'‘]?[\p{L}\p{N}]|(?:episode|issue|edition|season)\s+of\s+(?:the\s+)?\p{Lu}[^.!?]*\byou\b|\b(?:episode|talk|panel|interview|session|keynote)\s+(?:where|in\s+which|when)\s+you\b|\b[Cc]hapter\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+of\s+(?:the\s+)?\p{Lu}|,?\s+(?:on|about|where)\s)|\b(?:[Tt]he|[Yy]our)\s+(?:decision|choice)\s+to\s+(?:[\p{L}-]+\s+){1,4}?(?:the\s+)?\p{Lu}|\b[Yy]our\s+(?:lab|team|group|company|firm|studio)\s+(?:published|released|built|ran|wrote|launched|shipped|designed|led)\b|\b(?:heard|saw|watched|caught)\s+you\s+(?:on|at)\s+(?:the\s+)?\p{Lu}|\b[Yy]our\s+(?:(?:team|lab|studio|company)['’]s\s+)?work\s+on\s+the\s+\p{Lu}|\b[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?(?:level|chapter|episode|scene|section|feature|mission|flow)\s+in\s+\p{Lu}|,\s+which\s+you\s+(?:led|built|wrote|designed|launched|shipped|ran|created|published|founded|directed)\b)/u;

/** "your HIMSS keynote", "your Nesta paper", "your Medium piece": the name stands before the work. */
const NAMED_BEFORE =
  /\b[Yy]our\s+(?:[\p{L}\p{N}’'&.-]+\s+){0,3}?(?:\p{Lu}[\p{L}\p{N}-]*|\p{N}{4})\s+(?:[\p{L}-]+\s+){0,2}?$/u;
/** A name standing just before a comma and "your …": "tidyledger, your bookkeeping library,". */
const APPOSED = /[\p{L}\p{N}]{3,},\s*$/u;
/**
 * "Congrats on the launch of Carelink", "congratulations on launching the open triage dataset" — not on a
 * promotion or a new role, which praise a title rather than a work. Without the
 * "i" flag: under /iu, \p{Lu} matches every letter, and "congratulations on all your success" would name a work.
 */
const CONGRATS =
  /\b(?:[Cc]ongrat(?:s|ulations)|[Kk]udos|[Ww]ell\s+done)\s+(?:on|to\s+you\s+on|for)\s+(?:the\s+|your\s+)?(?!(?:promotion|new\s+(?:role|job|position)|appointment)\b)(?:[\p{L}-]+\s+){0,2}?(?:launch|launching|release|releasing|opening|open-sourcing|publishing|shipping|raising|closing|series|book|award|funding|round|ipo|IPO|acquisition|\p{Lu})/u;
// Without "s" or "k", which /iu folds from "ſ" and the Kelvin sign: each is true wherever its pattern could match.
const HAS_CONGRATS = /congrat|udo|well\s+done/i;
const HAS_YOUR = /your\s/i;
/** A capitalised title in straight single quotes, standing apart from the words around it as no apostrophe does. */
const STRAIGHT_TITLE = /(?:^|[\s(])'\p{Lu}[^'\n]{2,60}'(?=[\s,.;:!?)])/u;
/** Having read, watched or used their work: "I just finished your book…", "I've been using your framework". */
const ENGAGED =
  /\b(?:read|reading|watched|watching|heard|listened|listening|attended|finished|saw|using|used|follow(?:ed|ing)?|quoting|quoted|pinned|bookmarked|studied|studying|came\s+across|stumbled\s+(?:on|upon)|caught|took\s+(?:\w+\s+){0,2}notes)\b/i;

const GENERIC_FLATTERY =
  /\b(?:(?:i\s+)?(?:admire|love|respect)\s+(?:your\s+work|what\s+you\s+do|everything\s+you(?:'|’)?ve\s+done|your\s+career)\b|big\s+fan(?:\s+of\s+(?:yours|your\s+work))?\b|you(?:'|’)?re\s+(?:an\s+)?(?:inspiration|amazing|a\s+legend)\b|huge\s+fan\b)/i;

export interface ComplimentCheck {
  specific: boolean;
  /** Offsets (within the sentence) of generic flattery, when there is some. */
  generic: { index: number; length: number } | null;
}

/** The sentence praises the work, says it was read, watched or used, or says what it did. */
const reacted = (sentence: string) => PRAISE.test(sentence) || ENGAGED.test(sentence) || EFFECT.test(sentence);

/**
 * A word or mark that most patterns above need ("you" stands in "your" and "you're" too); a sentence with
 * none of them is passed over unless it has a straight-quoted title, a chapter or "the <Name> <work>".
 */
const MAY_PRAISE = /you|congrat|kudos|well\s+done|fan|decision|choice|[“"‘]/i;
/** The works THE_TITLE names, as a quick test that needs no Unicode classes. */
const TITLED_WORKS = "essay|article|interview|paper|talk|podcast|episode|piece|keynote|report|case study|pilot";
const TITLE_WORK = new RegExp(TITLED_WORKS);
/** "the Wired interview", "the Lumen Health case study": their work, named by where it appeared or whose it was. */
const THE_TITLE = new RegExp(
  String.raw`\b[Tt]he\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){1,3}(?:${TITLED_WORKS.replace(" ", String.raw`\s+`)})\b`,
  "u",
);
const NO_COMPLIMENT: ComplimentCheck = Object.freeze({ specific: false, generic: null });

export function checkCompliment(raw: string): ComplimentCheck {
  if (
    !MAY_PRAISE.test(raw) &&
    !(raw.includes("'") && STRAIGHT_TITLE.test(raw)) &&
    !raw.includes("hapter ") &&
    !(TITLE_WORK.test(raw) && THE_TITLE.test(raw))
  )
    return NO_COMPLIMENT;
  // "your talk at [CONFERENCE]" names nothing until the placeholder is filled in.
  // Filled with a mark that is neither a letter nor a space, so no pattern reads past it to the next word.
  const sentence = raw.replace(PLACEHOLDER, (m) => "_".repeat(m.length));
  // Each /iu pattern runs only where the plain words it starts with are: Unicode case folding makes V8
  // several times slower on a sentence that has none of them, which is most sentences.
  let specific = HAS_CONGRATS.test(sentence) && CONGRATS.test(sentence);
  const work = specific || !HAS_YOUR.test(sentence) ? null : WORK.exec(sentence);
  if (work) {
    // Named by what follows or by what stands before the noun.
    const after = sentence.slice(work.index + work[0].length);
    // …or by a result in figures: "the 40% drop in turnover after Denver rolled out your residency".
    // "Your posts on leadership" name a topic, not a post: works in the plural need a name or a title.
    const plural = /[^siu]s$/i.test(work[0]) && !/series$/i.test(work[0]);
    const named =
      (plural ? PLURAL_ANCHOR.test(after) : ANCHOR.test(after)) ||
      // "I've been using tidyledger, your open-source bookkeeping library, for…": named in apposition.
      (after.startsWith(",") && APPOSED.test(sentence.slice(0, work.index))) ||
      NAMED_BEFORE.test(sentence.slice(0, work.index + work[0].length).replace(/\S+$/, "")) ||
      /\d\s*%/.test(sentence);
    specific = named && reacted(sentence);
  } else if (!specific && (PRAISE.test(sentence) || ENGAGED.test(sentence)) && /[“"‘][^“"”’]{3,}[”"’]/.test(sentence)) {
    specific = true;
  }
  // A title in straight single quotes ("'Salt & Iron' at the Whitworth… has stayed with me"), said what it did.
  if (!specific && STRAIGHT_TITLE.test(sentence)) specific = reacted(sentence);
  if (!specific && (THEIR_WORK.test(sentence) || THE_TITLE.test(sentence))) specific = reacted(sentence);
  const g = specific ? null : GENERIC_FLATTERY.exec(sentence);
  return { specific, generic: g ? { index: g.index, length: g[0].length } : null };
}
