// /coop/lots/(lot)/serials: records the unit serials printed for a lot, for a cooperative's member
// (a household member: their household's lots), its cooperative from their account (ADR 031). The
// workspace's label page registers every code it prints here before it makes the file (issue #23).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { POST } from '#api/admin/trace/lots/[lot]/serials/route';
