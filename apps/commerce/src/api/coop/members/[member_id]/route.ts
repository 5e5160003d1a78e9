// /coop/members/(member_id): a member's role, or their leaving, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { POST, DELETE } from '#api/admin/cooperatives/[id]/members/[member_id]/route';
