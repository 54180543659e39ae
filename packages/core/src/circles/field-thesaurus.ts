/**
 * Fields people move between, each as the ways a title says someone works in it. A pivot's field or
 * target role that names one of these takes all its ways ("UX Research" is also "User Research", "Design
 * Research", "UXR"); a field not listed here is matched by its own words only.
 */
export interface FieldEntry {
  /** Phrases that say someone works in the field, word after word. */
  terms: readonly string[];
  /** Departments: words that say so beside a rank ("Head of Product", "VP, Data & Analytics"). */
  departments?: readonly string[];
  /** Phrases that, in the same title, make it another field ("Mechanical Engineer", "Product Marketing"). */
  not?: readonly string[];
}

const ENGINEERING_DISCIPLINES = [
  "mechanical", "civil", "electrical", "chemical", "aerospace", "aeronautical", "industrial", "manufacturing", "structural",
  "hvac", "biomedical", "process", "petroleum", "environmental", "nuclear", "materials", "mining", "automotive", "powertrain",
  "sales", "field", "audio", "sound", "hardware", "cad", "design engineer", "project engineer", "quality", "facilities",
  "maintenance", "geotechnical", "transportation", "agricultural", "packaging", "optical", "rf",
];

export const FIELD_THESAURUS: readonly FieldEntry[] = [
  // Research with people about products — not the research of a scientist or a clinical trial.
  {
    terms: ["ux research", "user research", "design research", "product research", "experience research", "usability", "research insights", "research operations", "researchops", "ux researcher"],
  },
  {
    terms: ["data analyst", "data analytics", "data analysis", "data scientist", "data science", "analytics", "analytic", "bi", "insights analyst", "reporting analyst", "tableau", "power bi", "data visualization", "data visualisation"],
    departments: ["data", "analytics", "bi", "insights"],
  },
  {
    terms: ["product manager", "product management", "product owner", "product leader", "product lead", "pm", "apm", "gpm", "cpo", "chief product officer"],
    departments: ["product"],
    not: ["marketing", "design", "designer", "sales", "support"],
  },
  {
    terms: ["project manager", "project management", "pm", "program manager", "program management", "programme manager", "programme management", "pmo", "pmp", "pgmp", "capm", "prince2", "scrum master", "agile", "delivery manager", "delivery lead", "tpm", "project coordinator", "project director", "project lead", "program director", "program lead", "project officer", "chief project officer"],
    departments: ["project", "program", "programme", "delivery", "pmo", "portfolio"],
  },
  {
    terms: ["public policy", "policy", "public affairs", "government affairs", "government relations", "legislative", "legislation", "regulatory affairs", "think tank", "lobbyist", "lobbying"],
    departments: ["policy"],
  },
  {
    terms: ["content design", "content designer", "content strategy", "content strategist", "ux writer", "ux writing", "ux content", "microcopy", "conversation design", "content lead"],
    departments: ["content design", "content strategy"],
  },
  {
    terms: ["hr", "hr business partner", "talent acquisition partner", "people operations", "people partner", "people analytics", "people team", "people culture", "people experience", "talent acquisition", "talent management", "talent culture", "recruiter", "recruiting", "recruitment", "hrbp", "chro", "shrm", "employee relations", "total rewards", "chief people officer"],
    departments: ["people", "talent", "hr", "people operations"],
  },
  {
    terms: ["software", "developer", "backend", "frontend", "fullstack", "firmware", "devops", "sre", "site reliability", "engineer", "tech lead", "cto", "chief technology officer", "web developer", "coder"],
    departments: ["engineering", "software", "technology"],
    not: ENGINEERING_DISCIPLINES,
  },
  {
    terms: ["instructional design", "instructional designer", "learning design", "learning designer", "learning experience design", "learning experience designer", "elearning", "learning development", "curriculum designer", "training designer"],
    departments: ["learning", "learning development"],
  },
  {
    terms: ["ux design", "ux designer", "product design", "product designer", "interaction design", "interaction designer", "ui design", "ui designer", "service design", "service designer", "visual designer"],
    departments: ["design"],
  },
  {
    terms: ["customer success", "csm", "client success", "customer onboarding", "customer retention", "account manager", "account management", "chief customer officer", "customer experience"],
    departments: ["customer success", "customer", "client success"],
  },
  // Security of systems and data — not a security guard, nor social or national security.
  {
    terms: ["cybersecurity", "cyber security", "cyber", "infosec", "information security", "security analyst", "security engineer", "security operations", "security researcher", "security research", "soc", "ciso", "penetration tester", "pentester", "threat intelligence", "incident response", "red team", "blue team", "appsec", "application security", "cloud security"],
    departments: ["security", "cybersecurity", "information security"],
    not: ["guard", "officer", "social security", "national security", "physical security"],
  },
  {
    terms: ["public health", "epidemiologist", "epidemiology", "population health", "community health", "global health", "biostatistician", "biostatistics", "health equity"],
    departments: ["public health", "population health"],
  },
  {
    terms: ["hospitality", "hotel", "restaurant", "front office", "food service", "food beverage", "concierge", "guest services", "event planner", "catering"],
  },
  {
    terms: ["teacher", "teaching", "educator", "classroom", "k12", "tutor", "lecturer", "professor", "school principal", "assistant principal", "department chair", "substitute teacher", "instructor"],
  },
  {
    terms: ["accountant", "accounting", "cpa", "aca", "acca", "audit", "auditor", "bookkeeper", "bookkeeping", "tax", "controller", "accounts payable", "accounts receivable", "chartered accountant", "big 4", "big four"],
    departments: ["finance", "accounting"],
  },
  {
    terms: ["nurse", "nursing", "rn", "bsn", "lpn", "nurse practitioner", "icu", "nicu", "medsurg", "clinical informatics"],
    departments: ["nursing"],
  },
  {
    terms: ["law", "lawyer", "attorney", "litigator", "litigation", "counsel", "paralegal", "legal", "jd", "public defender", "prosecutor", "biglaw", "barrister", "solicitor", "law firm", "law school"],
    departments: ["legal"],
  },
  {
    terms: ["military", "army", "navy", "air force", "marine corps", "marines", "usmc", "coast guard", "national guard", "veteran", "soldier", "sergeant", "lieutenant", "colonel", "armed forces", "infantry", "special forces", "usaf", "usn"],
  },
  {
    terms: ["journalist", "journalism", "reporter", "newsroom", "news", "newspaper", "magazine", "editor", "correspondent", "photojournalist", "broadcast", "radio", "copy editor", "news producer"],
  },
  {
    terms: ["retail", "store manager", "store operations", "stores", "district manager", "merchandising", "merchandiser", "sales associate", "shift supervisor", "restaurant", "hospitality"],
  },
  {
    terms: ["mechanical", "mechanical engineer", "mechanical engineering", "mechanical design", "hvac", "cad", "solidworks", "manufacturing engineer", "aerospace engineer", "civil engineer", "design engineer"],
  },
  {
    terms: ["marketing", "marketer", "brand manager", "growth marketing", "seo", "social media"],
    departments: ["marketing", "brand", "growth"],
  },
  {
    terms: ["sales", "account executive", "business development", "sales representative", "account manager"],
    departments: ["sales"],
  },
  {
    terms: ["physician", "doctor", "clinician", "clinical", "pharmacist", "therapist", "medical", "healthcare", "paramedic", "emt", "dentist"],
  },
  {
    terms: ["consultant", "consulting", "management consulting", "strategy consultant"],
  },
  {
    terms: ["finance", "financial analyst", "investment banking", "banker", "fp a", "treasury", "compliance"],
    departments: ["finance"],
  },
];
