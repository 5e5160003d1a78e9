// /coop/products/(id)/lots: a product's lots, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { GET, POST } from '#api/admin/products/[id]/lots/route';
