// The screen that hosts rights-kit: a WebView on the bank's rights page, with the bridge, the back
// button, and the display settings the page follows (text size, reduced motion, safe-area insets).
package com.bank.rights

import android.Manifest
import android.content.Intent
import android.content.pm.ApplicationInfo
import android.content.res.Configuration
import android.graphics.Bitmap
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.provider.Settings
import android.util.Log
import android.view.HapticFeedbackConstants
import android.webkit.WebResourceRequest
import android.webkit.WebSettings
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.activity.OnBackPressedCallback
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
import androidx.appcompat.app.AppCompatActivity
import androidx.browser.customtabs.CustomTabsIntent
import androidx.core.view.ViewCompat
import androidx.core.view.WindowInsetsCompat
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.lifecycleScope
import kotlinx.coroutines.CompletableDeferred
import java.net.URL

class RightsActivity : AppCompatActivity(), RightsHost {
    companion object {
        private const val TAG = "RightsActivity"

        // Where the rights page lives, and the only origins that may talk to the bridge. Exact origins:
        // scheme, host and port. The debug entries are the example backend on the host machine, as the
        // Android emulator sees it (10.0.2.2); they must never ship in a release build.
        private const val RELEASE_START_URL = "https://bank.example/rights/"
        private val RELEASE_ORIGINS = setOf("https://bank.example")
        private const val DEBUG_START_URL = "http://10.0.2.2:4020/"
        private val DEBUG_ORIGINS = setOf("http://10.0.2.2:4020")
    }

    private val debuggable by lazy { applicationInfo.flags and ApplicationInfo.FLAG_DEBUGGABLE != 0 }
    private val startUrl by lazy { if (debuggable) DEBUG_START_URL else RELEASE_START_URL }
    private val allowedOrigins by lazy { if (debuggable) DEBUG_ORIGINS else RELEASE_ORIGINS }

    private lateinit var webView: WebView
    private var bridge: RightsBridge? = null
    private val stepUpKey = RightsStepUp(this)
    private val sessions by lazy {
        val endpoint = URL(URL(startUrl), "/bank/rights-session")
        // Replace with the app's own credentials: its access token for the bank's backend.
        BankSessionClient(endpoint, if (debuggable) BankSessionClient.demoSignIn(URL(startUrl)) else { _ -> false })
    }

    /** Insets in CSS pixels; WebView maps one CSS pixel to one dp with `width=device-width`. */
    private var safeArea = floatArrayOf(0f, 0f, 0f, 0f)

    /** The cardholder pressed back while the page said it has somewhere to go back to. */
    private val backToPage = object : OnBackPressedCallback(false) {
        override fun handleOnBackPressed() {
            bridge?.sendBack()
        }
    }

    private var notificationPermission: CompletableDeferred<Boolean>? = null
    private val requestNotifications = registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
        notificationPermission?.complete(granted)
        notificationPermission = null
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        WebView.setWebContentsDebuggingEnabled(debuggable)

        webView = WebView(this).apply {
            settings.javaScriptEnabled = true
            settings.domStorageEnabled = true
            settings.allowFileAccess = false
            settings.allowContentAccess = false
            settings.mixedContentMode = WebSettings.MIXED_CONTENT_NEVER_ALLOW
            settings.setSupportMultipleWindows(false)
            // The page scales its own text from `settings.textScale`; WebView must not scale it a second time.
            settings.textZoom = 100
            webViewClient = RightsWebViewClient()
        }
        setContentView(webView)

        ViewCompat.setOnApplyWindowInsetsListener(webView) { view, insets ->
            val bars = insets.getInsets(WindowInsetsCompat.Type.systemBars() or WindowInsetsCompat.Type.displayCutout())
            val density = view.resources.displayMetrics.density
            safeArea = floatArrayOf(bars.top / density, bars.right / density, bars.bottom / density, bars.left / density)
            bridge?.sendSettingsIfChanged()
            insets
        }

        onBackPressedDispatcher.addCallback(this, backToPage)
        lifecycle.addObserver(object : DefaultLifecycleObserver {
            private var firstResume = true
            override fun onResume(owner: LifecycleOwner) {
                // Reduced motion has no change broadcast: look again whenever the cardholder comes back.
                bridge?.sendSettingsIfChanged()
                if (!firstResume) bridge?.sendResume()
                firstResume = false
            }
        })

        bridge = RightsBridge(webView, allowedOrigins, lifecycleScope, this).takeIf { it.attach() }
        if (savedInstanceState == null) webView.loadUrl(startUrl) else webView.restoreState(savedInstanceState)
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        webView.saveState(outState)
    }

    /** Declared in the manifest's configChanges for fontScale, so the page keeps its state. */
    override fun onConfigurationChanged(newConfig: Configuration) {
        super.onConfigurationChanged(newConfig)
        bridge?.sendSettingsIfChanged()
    }

    override fun onDestroy() {
        bridge?.detach()
        webView.destroy()
        super.onDestroy()
    }

    // ---- RightsHost: what the page can ask of the app ------------------------------------------------

    override suspend fun fetchToken(): BankSessionClient.RightsSession = sessions.fetch()

    /** Partner platforms open in a Custom Tab: inside the app, and without the bridge. */
    override fun openUrl(url: Uri) {
        CustomTabsIntent.Builder().setShowTitle(true).build().launchUrl(this, url)
    }

    override fun close() = finish()

    override fun share(title: String, text: String?, url: Uri?) {
        val message = listOfNotNull(text, url?.toString()).joinToString("\n").ifEmpty { title }
        val send = Intent(Intent.ACTION_SEND)
            .setType("text/plain")
            .putExtra(Intent.EXTRA_SUBJECT, title)
            .putExtra(Intent.EXTRA_TITLE, title)
            .putExtra(Intent.EXTRA_TEXT, message)
        startActivity(Intent.createChooser(send, title))
    }

    override suspend fun stepUp(reason: String, challengeId: String?): String? = stepUpKey.confirm(reason, challengeId)

    override fun defaultStepUpReason(): String = getString(R.string.rights_step_up_reason)

    override suspend fun scheduleReminder(id: String, title: String, body: String, atEpochMillis: Long) {
        if (!RightsReminders.canNotify(this)) {
            if (Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU) throw RightsBridgeException.denied("notifications are off")
            val answer = CompletableDeferred<Boolean>().also { notificationPermission = it }
            requestNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
            if (!answer.await()) throw RightsBridgeException.denied("notifications are not allowed")
        }
        RightsReminders.schedule(this, id, title, body, atEpochMillis)
    }

    override fun haptic(style: String) {
        val constant = when (style) {
            "success" -> if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) HapticFeedbackConstants.CONFIRM else HapticFeedbackConstants.VIRTUAL_KEY
            "error" -> if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) HapticFeedbackConstants.REJECT else HapticFeedbackConstants.LONG_PRESS
            "warning" -> HapticFeedbackConstants.LONG_PRESS
            else -> HapticFeedbackConstants.CLOCK_TICK
        }
        webView.performHapticFeedback(constant)
    }

    override fun setBackHandling(enabled: Boolean) {
        backToPage.isEnabled = enabled
    }

    override fun currentSettings(): RightsSettings {
        val animatorScale = Settings.Global.getFloat(contentResolver, Settings.Global.ANIMATOR_DURATION_SCALE, 1f)
        return RightsSettings(
            textScale = resources.configuration.fontScale,
            reducedMotion = animatorScale == 0f,
            safeAreaTop = safeArea[0],
            safeAreaRight = safeArea[1],
            safeAreaBottom = safeArea[2],
            safeAreaLeft = safeArea[3],
        )
    }

    // ---- navigation: the bridge-enabled WebView stays on the allowed origins ---------------------------

    private inner class RightsWebViewClient : WebViewClient() {
        override fun onPageStarted(view: WebView, url: String?, favicon: Bitmap?) {
            bridge?.onPageStarted()
            // A new document has not asked for back handling yet.
            backToPage.isEnabled = false
        }

        override fun shouldOverrideUrlLoading(view: WebView, request: WebResourceRequest): Boolean {
            // Frames inside the page never get the bridge (see RightsBridge); only the page itself is kept home.
            if (!request.isForMainFrame) return false
            val url = request.url
            val origin = "${url.scheme}://${url.authority}"
            if (origin in allowedOrigins) return false
            // Anything else leaves this WebView: https in a Custom Tab, other schemes nowhere.
            if (url.scheme == "https") openUrl(url) else Log.w(TAG, "Blocked a navigation to a ${url.scheme} URL")
            return true
        }
    }
}
