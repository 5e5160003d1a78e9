// /coop/channels/(exchange)/account: the cooperative's shop on an exchange, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { POST } from '#api/admin/cooperatives/[id]/channels/[exchange]/account/route';
