// /coop/channels/(exchange)/order-imports: an exchange's order exports, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { GET, POST } from '#api/admin/cooperatives/[id]/channels/[exchange]/order-imports/route';
