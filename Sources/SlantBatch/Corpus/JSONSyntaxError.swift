/// Why a line is not JSON, and where: `offset` is the byte offset in the line.
struct JSONSyntaxError: Error, Equatable {
    let offset: Int
    let message: String
}
