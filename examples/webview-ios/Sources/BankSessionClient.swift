// Asks the bank's backend for the cardholder's rights session (examples/backend-session:
// `POST /bank/rights-session`). The app authenticates as it does for every other call to its backend;
// the platform API key never reaches the device.
import Foundation

final class BankSessionClient {
    /// The token is held in memory for the one reply to the page; it is never stored or logged.
    struct RightsSession: CustomStringConvertible {
        let token: String
        let expiresAt: String?
        var description: String { "RightsSession(expiresAt: \(expiresAt ?? "unknown"))" }
    }

    private let endpoint: URL
    private let session: URLSession
    /// Adds the app's own credentials to the request (its access token, say); false when nobody is signed in.
    private let authorize: (inout URLRequest) async -> Bool

    /// - Parameter endpoint: e.g. `https://bank.example/bank/rights-session`.
    init(endpoint: URL, session: URLSession = URLSession(configuration: .ephemeral), authorize: @escaping (inout URLRequest) async -> Bool) {
        self.endpoint = endpoint
        self.session = session
        self.authorize = authorize
    }

    func fetch() async throws -> RightsSession {
        var request = URLRequest(url: endpoint, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        guard await authorize(&request) else { throw RightsBridgeError.denied("nobody is signed in to the bank") }
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw RightsBridgeError.failed("the bank could not be reached")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        switch status {
        case 200: break
        case 401, 403: throw RightsBridgeError.denied("the bank did not start a rights session (\(status))")
        default: throw RightsBridgeError.failed("the bank answered \(status)")
        }
        guard let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let token = json["token"] as? String, !token.isEmpty else {
            throw RightsBridgeError.failed("the bank answered without a token")
        }
        return RightsSession(token: token, expiresAt: json["expiresAt"] as? String)
    }

    /// For trying the example against examples/backend-session only: signs in to its demo bank as
    /// `username`; the session cookie it sets stays in `session`'s cookie store and goes with every call.
    /// A real app uses its own authentication here.
    static func demo(backend: URL, username: String = "li.hua") -> BankSessionClient {
        let session = URLSession(configuration: .ephemeral)
        var signedIn = false
        return BankSessionClient(endpoint: backend.appendingPathComponent("bank/rights-session"), session: session) { _ in
            if signedIn { return true }
            var signIn = URLRequest(url: backend.appendingPathComponent("bank/sign-in"))
            signIn.httpMethod = "POST"
            signIn.setValue("application/json", forHTTPHeaderField: "Content-Type")
            signIn.httpBody = try? JSONSerialization.data(withJSONObject: ["username": username])
            guard let (_, response) = try? await session.data(for: signIn), (response as? HTTPURLResponse)?.statusCode == 200 else { return false }
            signedIn = true
            return true
        }
    }
}
