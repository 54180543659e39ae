/** The TIARA bank: Trends, Insights, Advice, Resources, Assignments — questions that make experts talk. */
export const TIARA_QUESTIONS = {
  trends: [
    "What trends are you seeing in your field right now?",
    "What has changed most in your work over the last two years?",
  ],
  insights: [
    "What surprised you most when you started in this role?",
    "What do people from outside the field usually get wrong about it?",
  ],
  advice: [
    "If you were in my shoes, what would you focus on first?",
    "What do you wish someone had told you before you started?",
  ],
  resources: [
    "Which one book, course or newsletter would you recommend to someone starting out?",
    "Which communities or events are worth joining?",
  ],
  assignments: [
    "Which projects would show that someone from my background can do this work?",
    "What is a typical first assignment for someone new on your team?",
  ],
} as const;

export type TiaraTopic = keyof typeof TIARA_QUESTIONS;
