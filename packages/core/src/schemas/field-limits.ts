/** An Ask's specifics, on its own as well: the linter reads requests up to it, and takes nothing else from here. */
export const ASK_SPECIFICS_MAX = 2000;

/**
 * The most characters (UTF-16 code units) each text field takes. The schemas are made from these, and a
 * form or a caller that trims text to fit takes them from here too, so a cut never disagrees with a check.
 */
export const FIELD_LIMITS = {
  contact: {
    id: 200,
    name: 200,
    company: 200,
    role: 200,
    field: 200,
    connection: 500,
    researchNotes: 5000,
    email: 320,
    linkedInUrl: 500,
    transition: 200,
  },
  pivot: { field: 200, targetRole: 200, currentEmployer: 200 },
  interaction: { note: 5000 },
  ask: { specifics: ASK_SPECIFICS_MAX },
  /** buildMessage's parts: each becomes a phrase inside a sentence, so they are shorter than the stored fields. */
  message: { name: 100, connection: 200, compliment: 200, field: 100 },
} as const;
