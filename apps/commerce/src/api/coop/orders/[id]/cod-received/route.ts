// /coop/orders/(id)/cod-received: the cash of a COD order, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { POST } from '#api/admin/orders/[id]/cod-received/route';
