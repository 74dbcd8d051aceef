// The screen that hosts rights-kit: a WKWebView on the bank's rights page, with the bridge, the back
// button, and the display settings the page follows (Dynamic Type, Reduce Motion, safe-area insets).
import SafariServices
import UIKit
import UserNotifications
import WebKit

final class RightsViewController: UIViewController, RightsHost, WKNavigationDelegate {
    struct Configuration {
        /// The bank's rights page.
        var startURL: URL
        /// Exact origins that may talk to the bridge: scheme, host, and the port when not the default.
        var allowedOrigins: Set<String>
        var sessions: BankSessionClient

        /// The bank's production page. Replace the session client's `authorize` with the app's own credentials.
        static let production = Configuration(
            startURL: URL(string: "https://bank.example/rights/")!,
            allowedOrigins: ["https://bank.example"],
            sessions: BankSessionClient(endpoint: URL(string: "https://bank.example/bank/rights-session")!) { _ in false }
        )

        /// examples/backend-session (or examples/webview-emulation) on this Mac, as the Simulator sees it.
        static let sandbox = Configuration(
            startURL: URL(string: "http://localhost:4020/")!,
            allowedOrigins: ["http://localhost:4020"],
            sessions: .demo(backend: URL(string: "http://localhost:4020/")!)
        )
    }

    private let configuration: Configuration
    private var webView: WKWebView!
    private lazy var bridge = RightsBridge(allowedOrigins: configuration.allowedOrigins, host: self)
    private let stepUpKey = RightsStepUp()
    private var handlesBack = false

    init(configuration: Configuration) {
        self.configuration = configuration
        super.init(nibName: nil, bundle: nil)
    }

    @available(*, unavailable)
    required init?(coder: NSCoder) { fatalError("init(coder:) is not used") }

    override func loadView() {
        let webConfiguration = WKWebViewConfiguration()
        webConfiguration.websiteDataStore = .default()
        webView = WKWebView(frame: .zero, configuration: webConfiguration)
        webView.navigationDelegate = self
        // The page lays itself out around the insets it is told about (viewport-fit=cover).
        webView.scrollView.contentInsetAdjustmentBehavior = .never
        webView.allowsBackForwardNavigationGestures = false
        #if DEBUG
        if #available(iOS 16.4, *) { webView.isInspectable = true }
        #endif
        bridge.attach(to: webView)
        view = webView
    }

    override func viewDidLoad() {
        super.viewDidLoad()
        let center = NotificationCenter.default
        center.addObserver(self, selector: #selector(settingsMayHaveChanged), name: UIContentSizeCategory.didChangeNotification, object: nil)
        center.addObserver(self, selector: #selector(settingsMayHaveChanged), name: UIAccessibility.reduceMotionStatusDidChangeNotification, object: nil)
        center.addObserver(self, selector: #selector(willEnterForeground), name: UIApplication.willEnterForegroundNotification, object: nil)
        webView.load(URLRequest(url: configuration.startURL))
    }

    override func viewSafeAreaInsetsDidChange() {
        super.viewSafeAreaInsetsDidChange()
        bridge.sendSettingsIfChanged()
    }

    override func viewWillDisappear(_ animated: Bool) {
        super.viewWillDisappear(animated)
        if isMovingFromParent || isBeingDismissed { bridge.detach() }
    }

    @objc private func settingsMayHaveChanged() { bridge.sendSettingsIfChanged() }

    @objc private func willEnterForeground() {
        guard viewIfLoaded?.window != nil else { return }
        bridge.sendResume()
        bridge.sendSettingsIfChanged()
    }

    // MARK: RightsHost

    func fetchToken() async throws -> BankSessionClient.RightsSession {
        try await configuration.sessions.fetch()
    }

    /// Partner platforms open in Safari View Controller: inside the app, and without the bridge.
    func openURL(_ url: URL) async throws {
        let safari = SFSafariViewController(url: url)
        safari.dismissButtonStyle = .close
        present(safari, animated: true)
    }

    func close() {
        if let navigationController, navigationController.viewControllers.first !== self {
            navigationController.popViewController(animated: true)
        } else {
            dismiss(animated: true)
        }
    }

    func share(title: String, text: String?, url: URL?) async throws {
        var items: [Any] = [text ?? title]
        if let url { items.append(url) }
        let sheet = UIActivityViewController(activityItems: items, applicationActivities: nil)
        // iPad shows the sheet as a popover, which needs an anchor.
        sheet.popoverPresentationController?.sourceView = view
        sheet.popoverPresentationController?.sourceRect = CGRect(x: view.bounds.midX, y: view.bounds.maxY - view.safeAreaInsets.bottom, width: 0, height: 0)
        let completed: Bool = await withCheckedContinuation { continuation in
            sheet.completionWithItemsHandler = { _, completed, _, _ in continuation.resume(returning: completed) }
            present(sheet, animated: true)
        }
        if !completed { throw RightsBridgeError.cancelled("nothing was shared") }
    }

    func stepUp(reason: String, challengeId: String?) async throws -> String? {
        try await stepUpKey.confirm(reason: reason, challengeId: challengeId)
    }

    func scheduleReminder(id: String, title: String, body: String, at date: Date) async throws {
        let interval = date.timeIntervalSinceNow
        guard interval > 0 else { throw RightsBridgeError.failed("the reminder time has passed") }
        let center = UNUserNotificationCenter.current()
        let granted = (try? await center.requestAuthorization(options: [.alert, .sound])) ?? false
        guard granted else { throw RightsBridgeError.denied("notifications are not allowed") }
        let content = UNMutableNotificationContent()
        content.title = String(title.prefix(120))
        content.body = String(body.prefix(400))
        content.sound = .default
        content.threadIdentifier = "rights"
        // The same identifier replaces a pending reminder, as the protocol asks for the same id.
        let request = UNNotificationRequest(
            identifier: "rights:\(id)", content: content,
            trigger: UNTimeIntervalNotificationTrigger(timeInterval: interval, repeats: false)
        )
        try await center.add(request)
    }

    func haptic(_ style: String) {
        switch style {
        case "success": UINotificationFeedbackGenerator().notificationOccurred(.success)
        case "warning": UINotificationFeedbackGenerator().notificationOccurred(.warning)
        case "error": UINotificationFeedbackGenerator().notificationOccurred(.error)
        // A choice being made: the selection tick, lighter than any impact.
        default: UISelectionFeedbackGenerator().selectionChanged()
        }
    }

    /// iOS has no system back button: while the page has somewhere to go back to, the navigation bar's
    /// back button and the edge swipe send it `back` instead of leaving the screen.
    func setBackHandling(_ enabled: Bool) {
        guard enabled != handlesBack else { return }
        handlesBack = enabled
        navigationController?.interactivePopGestureRecognizer?.isEnabled = !enabled
        navigationItem.hidesBackButton = enabled
        navigationItem.leftBarButtonItem = enabled
            ? UIBarButtonItem(image: UIImage(systemName: "chevron.backward"), primaryAction: UIAction { [weak self] _ in self?.bridge.sendBack() })
            : nil
        navigationItem.leftBarButtonItem?.accessibilityLabel = NSLocalizedString("Back", comment: "Back inside the benefits screen")
    }

    func currentSettings() -> RightsSettings {
        // Dynamic Type as a factor of the default size: body text is 17 pt at the default category.
        let textScale = Double(UIFontMetrics(forTextStyle: .body).scaledValue(for: 17, compatibleWith: traitCollection) / 17)
        let insets = view.safeAreaInsets
        return RightsSettings(
            textScale: (textScale * 100).rounded() / 100,
            reducedMotion: UIAccessibility.isReduceMotionEnabled,
            safeArea: UIEdgeInsets(top: insets.top, left: insets.left, bottom: insets.bottom, right: insets.right)
        )
    }

    // MARK: WKNavigationDelegate: the bridge-enabled web view stays on the allowed origins

    func webView(_ webView: WKWebView, didStartProvisionalNavigation navigation: WKNavigation!) {
        bridge.pageStarted()
        setBackHandling(false)
    }

    func webView(
        _ webView: WKWebView,
        decidePolicyFor navigationAction: WKNavigationAction,
        decisionHandler: @escaping (WKNavigationActionPolicy) -> Void
    ) {
        // Frames inside the page never get the bridge (see RightsBridge); only the page itself is kept home.
        guard navigationAction.targetFrame?.isMainFrame ?? true, let url = navigationAction.request.url else {
            return decisionHandler(.allow)
        }
        if let origin = RightsBridge.origin(of: url), configuration.allowedOrigins.contains(origin) {
            return decisionHandler(.allow)
        }
        decisionHandler(.cancel)
        if url.scheme == "https" { Task { try? await openURL(url) } }
    }
}
