/// Words that are no evidence of which event an article reports: English function words,
/// the words of any news story ("says", "report"), days and months (the date window already
/// compares dates), titles ("president", "minister": who holds one is what tells events apart)
/// and the words of page furniture that a lead can start with ("Advertisement", "Photo").
/// Compared lower-cased, with a possessive "'s" removed.
enum EventStopWords {
    static let words: Set<String> = Set(
        """
        a about above after again against all also am amid an and any are as at back be been before being below \
        between both but by can can't could did do does doing don't down during each even few first for from \
        further get gets had has have having he her here here's hers herself him himself his how i if in into \
        is it it's its itself just last like make makes made may me might more most must my new news no nor not \
        now of off on once one only or other our ours out over own report reports said same say says she should \
        so some still such than that the their theirs them themselves then there these they this those three \
        through time times to too two under until up us very via vs was we week weeks were what what's when \
        where which while who who's whom why will with without won't would year years day days you your yours \
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow \
        january february march april may june july august september october november december \
        jan feb mar apr jun jul aug sep sept oct nov dec \
        mr mrs ms dr president prime minister secretary rep sen gov spokesman spokeswoman official officials \
        advertisement photo photos image images video caption getty file updated update breaking story \
        highlights read click continue share ap afp reuters
        """
        .split(separator: " ").map(String.init))
}
