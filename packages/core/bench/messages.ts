// The messages the benchmarks lint: the 120-word e-mail the design's target names, and the fixture corpus.
export const EMAIL_120 = `Hi Sarah,

Your talk on microlearning at DevLearn 2025 really changed how I plan my lessons, especially the idea of ending each unit with a two-minute retrieval quiz. I tried it with my ninth graders last month, and their quiz scores went up by a third within four weeks.

I'm a high-school science teacher moving into instructional design, and I have been building short courses in Articulate Storyline on weekends for my school district.

Would you be open to two quick questions by email about how you built your first portfolio? I know portfolios matter most, and I want mine to show real learning outcomes rather than pretty slides. No worries at all if you're far too busy right now.

Thanks so much,
Ana Ruiz
ana@example.com | 555-0100`;

export const EMAIL_CONTEXT = {
  channel: "email",
  circle: "leaders",
  tie: "stranger",
  recipientName: "Sarah Chen",
  subject: "Two quick questions about your DevLearn talk",
} as const;
