import { hasContentWords, isGenericPhrase, isOpenEnded, namesDocument, namesPerson } from "../ask-text";
import { docsUrl, type AskRule } from "../ask-rule";

const id = "specific";

export const specific: AskRule = {
  id,
  meta: {
    description: "The ask names a concrete action and object: which person, which topic, which document.",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ ask }) {
    const text = ask.specifics.trim();
    // Naming the document or the person is the whole point of those asks: "my résumé" is specific enough.
    if (ask.kind === "resume-review" && namesDocument(text) && !isGenericPhrase(text)) return [];
    // "introduce us", "introduce me to her", "the intro": the person was named before the request.
    if (
      ask.kind === "introduction" &&
      (namesPerson(text) ||
        /\b(?:introduc\w*\s+(?:us|me\s+to\s+(?:her|him|them))|(?:the|that|an?\s+(?:\w+\s+)?email)\s+intro(?:duction)?)\b/i.test(
          text,
        )) &&
      !isGenericPhrase(text)
    )
      return [];
    // "Any openings on your team?", "please keep me in mind" ask one clear thing — "…if there's anything you
    // can do" does not.
    if (
      (ask.kind === "job" || ask.kind === "referral") &&
      (/\b(?:openings?|roles?|positions?|jobs?|refer\w*|referrals?|hiring)\b/i.test(text) ||
        (/\b(?:consider\w*|in mind|shortlist\w*)\b/i.test(text) && !isGenericPhrase(text)))
    )
      return [];
    if (isOpenEnded(ask) || !hasContentWords(text)) {
      return [
        {
          severity: "warning",
          message: `"${text || "(nothing)"}" does not say what you want; generic requests confuse people and get nothing done.`,
          suggestion: { message: "Name the person to meet, the topic to ask about, or the document to review." },
        },
      ];
    }
    // "someone on your research team", "one of your postdocs" say whom well enough; "anyone who could help" does not.
    if (
      ask.kind === "introduction" &&
      !namesPerson(text) &&
      !/\bone\s+of\s+(?:(?:your|the|their)\s+\p{L}|them\b)/u.test(text) &&
      !/\b(?:team|manager|lead|recruiter|director|head|founder|editor|researcher|designer|engineer|analyst|colleague|partner|counsel|developers?|people|vp|ceo|cto|cfo|coo|cmo|cpo|cio|chief|president|group|department|dean|principal|owner|boss|supervisor|officer|coordinator|administrator|producer|curator|architect|scientist|consultant|attorney|lawyer|nurse|doctor|physician|superintendent|dad|mum|mom|father|mother|brother|sister|brother-in-law|sister-in-law|cousin|uncle|aunt|husband|wife|son|daughter|roommate|neighbou?r|classmate)\b/i.test(
        text,
      )
    ) {
      return [
        {
          severity: "warning",
          message: "An introduction should name the person you want to meet.",
          suggestion: {
            message: 'Write their full name, e.g. "an introduction to Priya Raman, design lead at Figma".',
          },
        },
      ];
    }
    if (ask.kind === "resume-review" && !namesDocument(text)) {
      return [
        {
          severity: "warning",
          message: "A review should name the document: your résumé, a cover letter, a portfolio.",
          suggestion: { message: "Say which document and what you want checked." },
        },
      ];
    }
    return [];
  },
};
