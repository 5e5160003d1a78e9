// /coop/members: the cooperative's members, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { GET } from '#api/admin/cooperatives/[id]/members/route';
