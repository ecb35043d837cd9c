/// Full names of speakers placed by place, role or institution, by surname, kept up to date as an
/// article's attributions grow: a later "Ms. Hassan" asks it once instead of passing over every
/// attribution before it (which made long transcripts quadratic).
final class PlacedNames {
    struct Entry {
        /// The name's words' surname forms ("micky", "rosenfeld"), for a full-name match.
        let surnames: [String]
        let person: PersonRoster.Person
    }

    /// How many of the finder's drafts have been read.
    private(set) var read = 0
    private var bySurname: [String: [Entry]] = [:]

    /// Starts over: the drafts were reordered.
    func reset() {
        read = 0
        bySurname = [:]
    }

    func markRead(upTo count: Int) { read = count }

    func add(_ entry: Entry) {
        bySurname[entry.surnames[entry.surnames.count - 1], default: []].append(entry)
    }

    /// The person a name of these surname forms is, if the placed names of its surname agree on
    /// a side: "Ms. Hassan" (one form) is any Hassan, "Omar Hassan" only Omar Hassan. The last
    /// such name in text order names them.
    func person(surnames: [String]) -> PersonRoster.Person? {
        guard let surname = surnames.last else { return nil }
        var found: PersonRoster.Person?
        for entry in bySurname[surname] ?? [] where surnames.count < 2 || surnames == entry.surnames {
            if let known = found, known.sideID != entry.person.sideID { return nil }
            found = entry.person
        }
        return found
    }
}
