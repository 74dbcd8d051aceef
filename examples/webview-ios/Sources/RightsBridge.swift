// The native end of the rights-kit WebView protocol, version 1 (packages/webview/PROTOCOL.md), on
// WKScriptMessageHandlerWithReply (iOS 14+). The page calls
// `window.webkit.messageHandlers.rightsKit.postMessage(json)` and receives the reply JSON as the value of
// the returned Promise; events go back through `window.rightsKitReceive(json, key)`, with the key the
// page sent in its `hello`.
import Foundation
import os
import UIKit
import WebKit

/// What the page is told about the host's display: PROTOCOL.md's `Settings`. Insets in CSS pixels (points).
struct RightsSettings: Equatable {
    var textScale: Double
    var reducedMotion: Bool
    var safeArea: UIEdgeInsets

    var json: [String: Any] {
        [
            "textScale": textScale,
            "reducedMotion": reducedMotion,
            "safeArea": ["top": safeArea.top, "right": safeArea.right, "bottom": safeArea.bottom, "left": safeArea.left],
        ]
    }
}

/// A refusal the page receives as `{ ok: false, error: { code, message } }`. `message` never holds a token.
struct RightsBridgeError: Error {
    enum Code: String { case unsupported, denied, cancelled, failed }
    let code: Code
    let message: String

    static func unsupported(_ message: String) -> Self { .init(code: .unsupported, message: message) }
    static func denied(_ message: String) -> Self { .init(code: .denied, message: message) }
    static func cancelled(_ message: String) -> Self { .init(code: .cancelled, message: message) }
    static func failed(_ message: String) -> Self { .init(code: .failed, message: message) }
}

/// What the app does for the page. `RightsViewController` implements it with the system's services.
@MainActor
protocol RightsHost: AnyObject {
    func fetchToken() async throws -> BankSessionClient.RightsSession
    func openURL(_ url: URL) async throws
    func close()
    /// Resolves when the share sheet closes; throws `cancelled` when nothing was shared.
    func share(title: String, text: String?, url: URL?) async throws
    /// The cardholder's confirmation; `nil` when they declined.
    func stepUp(reason: String, challengeId: String?) async throws -> String?
    func scheduleReminder(id: String, title: String, body: String, at date: Date) async throws
    func haptic(_ style: String)
    func setBackHandling(_ enabled: Bool)
    func currentSettings() -> RightsSettings
}

@MainActor
final class RightsBridge: NSObject, WKScriptMessageHandlerWithReply {
    static let channel = "rightsKit"
    static let protocolVersion = 1
    /// The methods this app answers, as `hello` reports them.
    static let features = ["getToken", "openUrl", "close", "share", "stepUp", "scheduleReminder", "haptic", "backHandling"]

    private static let log = Logger(subsystem: Bundle.main.bundleIdentifier ?? "rights", category: "RightsBridge")

    /// Exact origins (`https://rights.bank.example`): scheme, host, and the port when not the default.
    let allowedOrigins: Set<String>
    private weak var webView: WKWebView?
    private weak var host: RightsHost?
    private var greeted = false
    private var lastSettings: RightsSettings?
    /// The page's `receiverKey` from this document's `hello`: `window.rightsKitReceive` ignores calls
    /// without it, so no other script on the page can fake a back press or a settings change.
    private var receiverKey: String?

    init(allowedOrigins: Set<String>, host: RightsHost) {
        self.allowedOrigins = allowedOrigins
        self.host = host
    }

    /// Registers the channel in the page's own content world. The user content controller keeps its
    /// handlers strongly, so it is given a weak trampoline rather than the bridge itself.
    func attach(to webView: WKWebView) {
        self.webView = webView
        let controller = webView.configuration.userContentController
        controller.removeScriptMessageHandler(forName: Self.channel, contentWorld: .page)
        controller.addScriptMessageHandler(WeakReplyHandler(self), contentWorld: .page, name: Self.channel)
    }

    func detach() {
        webView?.configuration.userContentController.removeScriptMessageHandler(forName: Self.channel, contentWorld: .page)
    }

    /// A new document is loading: its `hello` starts a new conversation.
    func pageStarted() {
        greeted = false
        lastSettings = nil
        receiverKey = nil
    }

    func sendBack() { sendEvent("back") }
    func sendResume() { sendEvent("resume") }

    /// Sends `settings` if they changed since the page last heard them.
    func sendSettingsIfChanged() {
        guard greeted, let settings = host?.currentSettings(), settings != lastSettings else { return }
        lastSettings = settings
        sendEvent("settings", data: settings.json)
    }

    /// The origin of a frame, as the page's `location.origin` spells it.
    static func origin(of securityOrigin: WKSecurityOrigin) -> String {
        let defaultPort = securityOrigin.protocol == "https" ? 443 : securityOrigin.protocol == "http" ? 80 : 0
        let port = securityOrigin.port == 0 || securityOrigin.port == defaultPort ? "" : ":\(securityOrigin.port)"
        return "\(securityOrigin.protocol)://\(securityOrigin.host)\(port)"
    }

    static func origin(of url: URL) -> String? {
        guard let scheme = url.scheme, let host = url.host else { return nil }
        return url.port.map { "\(scheme)://\(host):\($0)" } ?? "\(scheme)://\(host)"
    }

    // MARK: WKScriptMessageHandlerWithReply

    func userContentController(
        _ userContentController: WKUserContentController,
        didReceive message: WKScriptMessage,
        replyHandler: @escaping (Any?, String?) -> Void
    ) {
        // The reply handler must be called exactly once. Messages the app will not answer get a bare
        // rejection that says nothing about why.
        guard message.frameInfo.isMainFrame, message.webView === webView else {
            Self.log.warning("Ignored a message from a sub-frame")
            return replyHandler(nil, "unavailable")
        }
        let origin = Self.origin(of: message.frameInfo.securityOrigin)
        guard allowedOrigins.contains(origin) else {
            Self.log.warning("Ignored a message from \(origin, privacy: .public), which is not an allowed origin")
            return replyHandler(nil, "unavailable")
        }
        guard let request = Self.parseRequest(message.body) else { return replyHandler(nil, "malformed") }
        if request.method != "hello" && !greeted {
            return replyHandler(Self.encodeReply(id: request.id, result: .failure(.failed("hello must come first"))), nil)
        }
        Task { @MainActor in
            let result: Result<[String: Any], RightsBridgeError>
            do {
                result = .success(try await handle(request.method, request.params))
            } catch let error as RightsBridgeError {
                result = .failure(error)
            } catch {
                // The type only: errors from networking can carry URLs and headers.
                Self.log.warning("\(request.method, privacy: .public) failed: \(String(describing: type(of: error)), privacy: .public)")
                result = .failure(.failed("\(request.method) failed"))
            }
            replyHandler(Self.encodeReply(id: request.id, result: result), nil)
        }
    }

    // MARK: Methods

    private func handle(_ method: String, _ params: [String: Any]) async throws -> [String: Any] {
        guard let host else { throw RightsBridgeError.failed("the rights screen has closed") }
        switch method {
        case "hello":
            guard params["protocol"] as? Int == Self.protocolVersion else {
                throw RightsBridgeError.unsupported("this protocol version is not supported")
            }
            guard let key = params["receiverKey"] as? String, Self.isReceiverKey(key) else {
                throw RightsBridgeError.failed("hello must carry a receiverKey")
            }
            greeted = true
            receiverKey = key
            let settings = host.currentSettings()
            lastSettings = settings
            return ["protocol": Self.protocolVersion, "features": Self.features, "settings": settings.json, "platform": "ios"]
        case "getToken":
            let session = try await host.fetchToken()
            var result: [String: Any] = ["token": session.token]
            if let expiresAt = session.expiresAt { result["expiresAt"] = expiresAt }
            return result
        case "openUrl":
            try await host.openURL(try Self.httpsURL(try Self.string(params, "url")))
            return [:]
        case "close":
            host.close()
            return [:]
        case "share":
            let url = try Self.optionalString(params, "url").map(Self.httpsURL)
            try await host.share(title: try Self.string(params, "title"), text: try Self.optionalString(params, "text"), url: url)
            return [:]
        case "stepUp":
            // `reason` is the page's localised prompt; the app's own wording stands in when it sends none.
            let pageReason = try Self.optionalString(params, "reason")?.trimmingCharacters(in: .whitespacesAndNewlines)
            let reason = pageReason?.isEmpty == false ? pageReason! : NSLocalizedString("Confirm it's you to continue", comment: "Step-up prompt")
            let proof = try await host.stepUp(reason: reason, challengeId: try Self.optionalString(params, "challengeId"))
            return ["proof": proof ?? NSNull()]
        case "scheduleReminder":
            guard let date = Self.parseInstant(try Self.string(params, "at")) else {
                throw RightsBridgeError.failed("at is not an ISO 8601 time with an offset")
            }
            try await host.scheduleReminder(id: try Self.string(params, "id"), title: try Self.string(params, "title"), body: try Self.string(params, "body"), at: date)
            return [:]
        case "haptic":
            let style = try Self.string(params, "style")
            guard ["success", "warning", "error", "selection"].contains(style) else { throw RightsBridgeError.unsupported("haptic \(style)") }
            host.haptic(style)
            return [:]
        case "backHandling":
            // JSONSerialization reads JSON booleans as NSNumber; only a real boolean counts.
            guard let enabled = params["enabled"] as? NSNumber, CFGetTypeID(enabled) == CFBooleanGetTypeID() else {
                throw RightsBridgeError.failed("enabled must be a boolean")
            }
            host.setBackHandling(enabled.boolValue)
            return [:]
        default:
            throw RightsBridgeError.unsupported("\(method) is not offered by this app")
        }
    }

    // MARK: Wire format

    private struct Request {
        let id: String
        let method: String
        let params: [String: Any]
    }

    /// A request envelope, or nil (logged, never thrown) for anything malformed or of another version.
    private static func parseRequest(_ body: Any) -> Request? {
        guard let json = body as? String, let data = json.data(using: .utf8),
              let envelope = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            log.warning("Ignored a message that is not a JSON object string")
            return nil
        }
        guard envelope["rk"] as? Int == protocolVersion else {
            log.warning("Ignored a message of another protocol version")
            return nil
        }
        guard let id = envelope["id"] as? String, !id.isEmpty, let method = envelope["method"] as? String,
              let params = envelope["params"] as? [String: Any] else {
            log.warning("Ignored a request without id, method or params")
            return nil
        }
        return Request(id: id, method: method, params: params)
    }

    private static func encodeReply(id: String, result: Result<[String: Any], RightsBridgeError>) -> String {
        var envelope: [String: Any] = ["rk": protocolVersion, "id": id]
        switch result {
        case .success(let value):
            envelope["ok"] = true
            envelope["result"] = value
        case .failure(let error):
            envelope["ok"] = false
            envelope["error"] = ["code": error.code.rawValue, "message": error.message]
        }
        return jsonString(envelope)
    }

    private static func jsonString(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object), let text = String(data: data, encoding: .utf8) else {
            return #"{"rk":1,"ok":false}"#
        }
        return text
    }

    /// `text` as a JavaScript string literal: JSON string escaping, plus the two line separators that
    /// older JavaScript engines do not accept inside a literal.
    static func javaScriptStringLiteral(_ text: String) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]),
              let literal = String(data: data, encoding: .utf8) else { return "\"\"" }
        return literal.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }

    /// 64 hex digits, as the page makes it: nothing else is ever written into the script an event runs.
    private static func isReceiverKey(_ key: String) -> Bool {
        key.utf8.count == 64 && key.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private func sendEvent(_ event: String, data: [String: Any]? = nil) {
        guard greeted, let receiverKey, let webView, let url = webView.url, let origin = Self.origin(of: url), allowedOrigins.contains(origin) else { return }
        var envelope: [String: Any] = ["rk": Self.protocolVersion, "event": event]
        if let data { envelope["data"] = data }
        let literal = Self.javaScriptStringLiteral(Self.jsonString(envelope))
        // The page installs the receiver when it connects; before that, or after it disconnects, the event is dropped.
        let key = Self.javaScriptStringLiteral(receiverKey)
        let script = "typeof window.rightsKitReceive === 'function' && window.rightsKitReceive(\(literal), \(key));"
        webView.evaluateJavaScript(script, in: nil, in: .page) { result in
            if case .failure = result { Self.log.warning("Could not deliver the \(event, privacy: .public) event") }
        }
    }

    // MARK: Parameters

    private static func string(_ params: [String: Any], _ name: String) throws -> String {
        guard let value = params[name] as? String, !value.isEmpty else { throw RightsBridgeError.failed("\(name) must be a non-empty string") }
        return value
    }

    private static func optionalString(_ params: [String: Any], _ name: String) throws -> String? {
        switch params[name] {
        case nil, is NSNull: return nil
        case let value as String: return value
        default: throw RightsBridgeError.failed("\(name) must be a string")
        }
    }

    /// Only `https:` links leave the page, to a partner or a share sheet.
    private static func httpsURL(_ value: String) throws -> URL {
        guard let url = URL(string: value), url.scheme == "https", url.host?.isEmpty == false else {
            throw RightsBridgeError.denied("only https URLs are opened")
        }
        return url
    }

    private static func parseInstant(_ value: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: value) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: value)
    }
}

/// Holds the bridge weakly: WKUserContentController retains its handlers, and the bridge's owner
/// retains the web view, so a direct registration would keep the whole screen alive.
@MainActor
private final class WeakReplyHandler: NSObject, WKScriptMessageHandlerWithReply {
    private weak var bridge: RightsBridge?

    init(_ bridge: RightsBridge) { self.bridge = bridge }

    func userContentController(
        _ userContentController: WKUserContentController,
        didReceive message: WKScriptMessage,
        replyHandler: @escaping (Any?, String?) -> Void
    ) {
        guard let bridge else { return replyHandler(nil, "unavailable") }
        bridge.userContentController(userContentController, didReceive: message, replyHandler: replyHandler)
    }
}
