import { describe } from "vitest";
import { complimentSpecific } from "./compliment-specific";
import { GOOD_NOTE, lintTable } from "./lint-table";

const ask = "\nWould you be open to two quick questions?";

describe("compliment-specific", () => {
  lintTable(complimentSpecific, [
    { name: "a talk, named", text: GOOD_NOTE, expect: [] },
    {
      name: "a case study named by whose it was, with its result",
      text: `Hello Ms. Adeyemi,\nThe Lumen Health case study where your team cut onboarding from 11 screens to 4 is the clearest I have found.${ask}`,
      expect: [],
    },
    {
      name: "a pilot of theirs, with a result in figures",
      text: `Hi Laila,\nThe 30% drop in no-shows from your SMS reminder pilot at Eastside Clinic is the result I cite.${ask}`,
      expect: [],
    },
    {
      name: "a chapter numbered in words",
      text: `Hi Joanna,\nChapter four of Quiet Interfaces, on the library kiosk, is the best thing I've read on accessibility.${ask}`,
      expect: [],
    },
    {
      name: "the decision to do a named thing",
      text: `Hi Samir,\nI admired the decision to open-source the Carewell clinic scheduler; the README taught me a lot.${ask}`,
      expect: [],
    },
    {
      name: "a post named by what it breaks down",
      text: `Hi Rosa,\nYour post breaking down how Tidewater priced its first maintenance contract was the clearest I've found.${ask}`,
      expect: [],
    },
    {
      name: "their story and how they got there name nothing",
      text: `Hi Darius,\nI'd love to hear your story and how you got to where you are.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a team's work on a named app, and what it is",
      text: `Hi Yuki,\nI think your team's work on the Kana app is beautiful, especially its onboarding flow.${ask}`,
      expect: [],
    },
    {
      name: "a session caught, with the notes taken",
      text: `Hi Natalie,\nI caught your Pulse session on onboarding playbooks and took pages of notes.${ask}`,
      expect: [],
    },
    {
      name: "a letter of theirs that moved the sender",
      text: `Dear Ms. Jensen,\nYour annual report letter about bringing bookmobiles back to rural counties moved me.${ask}`,
      expect: [],
    },
    {
      name: "words between 'your' and a work are no verb",
      text: `Hi Mike,\nSaw your company is hiring site managers in Phoenix.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a brief in a named case",
      text: `Dear Mr. Dubois,\nYour brief for the respondents in Marlow v. Keane is assigned reading in my course.${ask}`,
      expect: [],
    },
    {
      name: "a reform they pushed through, with its result",
      text: `Dear Ms. Verhoeven,\nThe procurement reform you pushed through at the port authority saved real money.${ask}`,
      expect: [],
    },
    {
      name: "a launch, which they led",
      text: `Dear Adaeze,\nThe split-bills launch in Kitepay last October, which you led, is the feature my market uses.${ask}`,
      expect: [],
    },
    {
      name: "a chapter, and what it is on",
      text: `Hi Amara,\nI just finished Shipping Slowly, and chapter four, on saying no to a big customer, is dog-eared.${ask}`,
      expect: [],
    },
    {
      name: "posts on a topic name no post",
      text: `Hi Priscilla,\nYour posts on leadership are always so thoughtful.${ask}`,
      expect: ["warning"],
    },
    {
      name: "posts on a named rollout do",
      text: `Hi Priscilla,\nYour posts on the Epic rollout at Mercy taught me more than my course did.${ask}`,
      expect: [],
    },
    {
      name: "posts read for months name none",
      text: `Hi Raymond,\nI've been reading your posts for months and always learn something.${ask}`,
      expect: ["warning"],
    },
    {
      name: "the story of their career is no work of theirs",
      text: `Hi Naomi,\nYour inspiring story of going from bedside nurse to CEO is the reason I believe I can do it.${ask}`,
      expect: ["warning"],
    },
    {
      name: "congratulations on a promotion praise a title",
      text: `Dear Mr. Whitaker,\nCongratulations on your promotion to CFO at Granite Mutual.${ask}`,
      expect: ["warning"],
    },
    {
      name: "congratulations on success in general name nothing",
      text: `Hello Dr. Mensah,\nCongratulations on all of your team's success this year.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a policy they drafted, said what it did",
      text: `Hello Ms. Tran,\nI read the policy you drafted for the Oregon nursing board, and its appendix changed how I see staffing.${ask}`,
      expect: [],
    },
    {
      name: "heard on a named show, said what stayed",
      text: `Hi Tomasz,\nI heard you on the Pixels & People episode about menus, and the part on testing has stuck with me.${ask}`,
      expect: [],
    },
    {
      name: "a library named in apposition",
      text: `Hi Sven,\nI've been using tidyledger, your open-source bookkeeping library, and its rounding saved me a weekend.${ask}`,
      expect: [],
    },
    {
      name: "their work on a named case",
      text: `Hi Ms. Oduya,\nYour work on the Rios v. County of Marin settlement is the reason I'm moving into policy.${ask}`,
      expect: [],
    },
    {
      name: "their work in a field is still generic",
      text: `Hi Ms. Oduya,\nYour work on the housing crisis is the reason I'm moving into policy.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a name before 'your' with no apposition closing it is not a title",
      text: `Hi Sven,\nHonestly, your library is the best.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a book's title in straight single quotes, credited",
      text: `Hi Ms. Ito,\nYour book 'The Quiet Ledger' is why I'm moving into forensic accounting.${ask}`,
      expect: [],
    },
    {
      name: "a viewpoint in a journal, credited",
      text: `Hi Dr. Patel,\nI read your JAMA viewpoint on scribes, and it is a big part of why I'm changing fields.${ask}`,
      expect: [],
    },
    {
      name: "a decision of theirs, said what it did",
      text: `Hi Priyanka,\nYour decision to open-source the Halyard design tokens saved my bootcamp team weeks.${ask}`,
      expect: [],
    },
    {
      name: "a piece come across, and what it described",
      text: `Dear Dr. Feld,\nI came across your Viewpoint in JAMA on pharmacists in primary care; it described my days at the counter.${ask}`,
      expect: [],
    },
    {
      name: "an episode where they explained something",
      text: `Hi Jorge,\nThe Build Mode episode where you explained cutting the Android app made me rethink how I argue for cuts.${ask}`,
      expect: [],
    },
    {
      name: "a study their lab published",
      text: `Hi Celeste,\nThe shelf-life study your lab published on cultured dextrose is the first paper I've read twice.${ask}`,
      expect: [],
    },
    {
      name: "a memo they co-wrote",
      text: `Dear Professor Demir,\nThe congestion-pricing memo you co-wrote for the city is the best policy writing I've read.${ask}`,
      expect: [],
    },
    {
      name: "an exhibition's title in straight single quotes",
      text: `Hi Lena,\n'Salt & Iron' at the Whitworth has stayed with me for months.${ask}`,
      expect: [],
    },
    {
      name: "a result in figures",
      text: `Hi Bernard,\nThe 40% drop in teacher turnover after Denver rolled out your co-teaching residency is remarkable.${ask}`,
      expect: [],
    },
    {
      name: "an interview named by where it ran",
      text: `Dear Dr. Karaca,\nExplaining in the Wired interview that session length was the wrong metric is the decision I cite most.${ask}`,
      expect: [],
    },
    {
      name: "an argument in a named case, with its 'v.'",
      text: `Dear Ms. Osei,\nYour argument before the Ninth Circuit in Ramos v. Hale is why I'm applying to law school.${ask}`,
      expect: [],
    },
    {
      name: "a chapter of their book",
      text: `Dr. Okafor,\nChapter 6 of Data Without Drama, on showing uncertainty, is the clearest thing I've read on it.${ask}`,
      expect: [],
    },
    {
      name: "a quoted word that is no title",
      text: `Hi Lena,\nI 'love' what you do, honestly.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a decision with nothing said of it is not a compliment",
      text: `Hi Priyanka,\nI know about your decision.${ask}`,
      expect: ["warning"],
    },
    {
      name: "their work named without 'your'",
      text: `Hi Sam,\nThe onboarding redesign you led at Duolingo is a case study I keep sharing.${ask}`,
      expect: [],
    },
    {
      name: "what they said, and where",
      text: `Hi Sam,\nYou spoke on the Mind the Product panel about research ethics and it stayed with me.${ask}`,
      expect: [],
    },
    {
      name: "a named post and what it did",
      text: `Hi Sam,\nYour post last week about leaving teaching hit home.${ask}`,
      expect: [],
    },
    {
      name: "a work with its title right after it",
      text: `Hi Imogen,\nYour documentary Salt Roads is extraordinary.${ask}`,
      expect: [],
    },
    {
      name: "a named keynote and what it reshaped",
      text: `Ms. Oyelaran, your keynote at Learning Solutions on compliance training reshaped how I see my teaching.${ask}`,
      expect: [],
    },
    {
      name: "asking how they did something praises nothing",
      text: `Hello Ms. Silva,\nYour work is truly inspiring. I'd like to ask how you explained the gap in your résumé.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a capitalised word after the work is not a title when it is 'I'",
      text: `Hi Sam,\nYour talk I keep thinking about was great.${ask}`,
      expect: ["warning"],
    },
    {
      name: "an explainer, named by where it ran and what it is on",
      text: `Hi Nadia,\nYour Carbon Brief explainer on loss-and-damage finance is the piece I send everyone.${ask}`,
      expect: [],
    },
    {
      name: "their work named without 'your', the sentence capitalised",
      text: `Dear Dr Achterberg,\nThe simulation curriculum you designed for the Utrecht nursing school is one I use.${ask}`,
      expect: [],
    },
    {
      name: "a placeholder is not the topic, and the next word is not either",
      text: `Hi [First Name],\nI loved your recent post about [topic] and have followed your work at [Company].${ask}`,
      expect: ["warning"],
    },
    {
      name: "the work they do, unnamed, is flattery",
      text: `Hi Sam,\nThe work you do is amazing.${ask}`,
      expect: ["warning"],
    },
    {
      name: "an apostrophe is no title",
      text: `Hi Ana,\nI've admired your work for years and it's been a joy to follow.${ask}`,
      expect: ["warning"],
    },
    {
      name: "a quoted article title",
      text: `Hi Sarah,\nI loved “Designing for Busy Learners” — it changed my lesson plans.${ask}`,
      expect: [],
    },
    {
      name: "a named project",
      text: `I really admired your redesign of the Duolingo onboarding flow.${ask}`,
      expect: [],
    },
    {
      name: "a work named before its noun, at the start of a sentence",
      text: `Your LinkedIn post comparing analytics certificates stuck with me.${ask}`,
      expect: [],
    },
    {
      name: "a podcast episode about a topic",
      text: `Your podcast episode about spaced repetition was so useful!${ask}`,
      expect: [],
    },
    { name: "not a leader", text: `I admire your work.${ask}`, context: { circle: "pathfinders" }, expect: [] },
    {
      name: "not a first message",
      text: `Thanks again!${ask}`,
      context: { firstContact: false, tie: "acquaintance" },
      expect: [],
    },
    {
      name: "generic flattery",
      text: `Hi Sarah,\nI admire your work so much!${ask}`,
      expect: ["warning"],
      at: "I admire your work",
    },
    { name: "big fan", text: `Big fan of yours!${ask}`, expect: ["warning"], at: "Big fan of yours" },
    {
      name: "no compliment at all",
      text: `Hi Sarah,\nI'm a teacher moving into ID.${ask}`,
      expect: ["warning"],
      at: "I'm a teacher moving into ID.",
    },
    { name: "praise without a named work", text: `Your talk was great.${ask}`, expect: ["warning"] },
  ]);
});
