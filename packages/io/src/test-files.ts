// Test support: the fixture files (kept once, in @enlist/fixtures), read as bytes, as a user's upload arrives.
export { readFixture as fixture } from "@enlist/fixtures";
