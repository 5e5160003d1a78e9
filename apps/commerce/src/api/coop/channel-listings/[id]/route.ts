// /coop/channel-listings/(id): one listing of the cooperative, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { POST } from '#api/admin/channel-listings/[id]/route';
