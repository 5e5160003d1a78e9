// /coop/lots/(lot)/serials: records the unit serials printed for a lot (POST), and lists what was
// printed with the serial that comes next (GET), for a cooperative's member (a household member:
// their household's lots), its cooperative from their account (ADR 031). The workspace's label
// page registers every code it prints here before it makes the file, and starts the next sheet
// after the last serial printed (issue #23).
// The handlers are the operator's route's: one behaviour, scoped by who is signed in.
export { GET, POST } from '#api/admin/trace/lots/[lot]/serials/route';
