// /coop/invitations: an invitation to the cooperative, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { POST } from '#api/admin/cooperatives/[id]/invitations/route';
