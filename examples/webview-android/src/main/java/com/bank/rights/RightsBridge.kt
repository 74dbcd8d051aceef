// The native end of the rights-kit WebView protocol, version 1 (packages/webview/PROTOCOL.md), on
// AndroidX WebKit's WebMessageListener. The listener is injected only into frames whose origin matches
// `allowedOriginRules`, and this class answers the main frame only. Never addJavascriptInterface: that
// object is visible to every frame of every origin the WebView ever loads.
package com.bank.rights

import android.net.Uri
import android.util.Log
import android.webkit.WebView
import androidx.annotation.MainThread
import androidx.lifecycle.LifecycleCoroutineScope
import androidx.webkit.JavaScriptReplyProxy
import androidx.webkit.WebMessageCompat
import androidx.webkit.WebViewCompat
import androidx.webkit.WebViewFeature
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.launch
import org.json.JSONArray
import org.json.JSONException
import org.json.JSONObject

/** What the page is told about the host's display: PROTOCOL.md's `Settings`. Insets in CSS pixels. */
data class RightsSettings(
    val textScale: Float,
    val reducedMotion: Boolean,
    val safeAreaTop: Float,
    val safeAreaRight: Float,
    val safeAreaBottom: Float,
    val safeAreaLeft: Float,
) {
    fun toJson(): JSONObject = JSONObject()
        .put("textScale", textScale.toDouble())
        .put("reducedMotion", reducedMotion)
        .put(
            "safeArea",
            JSONObject()
                .put("top", safeAreaTop.toDouble())
                .put("right", safeAreaRight.toDouble())
                .put("bottom", safeAreaBottom.toDouble())
                .put("left", safeAreaLeft.toDouble()),
        )
}

/** A refusal the page receives as `{ ok: false, error: { code, message } }`. `message` never holds a token. */
class RightsBridgeException(val code: String, message: String) : Exception(message) {
    companion object {
        fun unsupported(message: String) = RightsBridgeException("unsupported", message)
        fun denied(message: String) = RightsBridgeException("denied", message)
        fun cancelled(message: String) = RightsBridgeException("cancelled", message)
        fun failed(message: String) = RightsBridgeException("failed", message)
    }
}

/** What the app does for the page. [RightsActivity] implements it with the platform's own services. */
interface RightsHost {
    /** The rights session token from the bank's backend (see BankSessionClient.kt). */
    suspend fun fetchToken(): BankSessionClient.RightsSession
    fun openUrl(url: Uri)
    fun close()
    fun share(title: String, text: String?, url: Uri?)
    /** The cardholder's confirmation; `null` when they declined. */
    suspend fun stepUp(reason: String, challengeId: String?): String?
    fun defaultStepUpReason(): String
    suspend fun scheduleReminder(id: String, title: String, body: String, atEpochMillis: Long)
    fun haptic(style: String)
    fun setBackHandling(enabled: Boolean)
    fun currentSettings(): RightsSettings
}

class RightsBridge(
    private val webView: WebView,
    /** Exact origins (`https://rights.bank.example`), no wildcards: they guard the session token. */
    private val allowedOrigins: Set<String>,
    private val scope: LifecycleCoroutineScope,
    private val host: RightsHost,
) {
    companion object {
        const val CHANNEL = "rightsKit"
        const val PROTOCOL_VERSION = 1
        private const val TAG = "RightsBridge"

        /** The methods this app answers, as `hello` reports them. */
        val FEATURES = listOf(
            "getToken", "openUrl", "close", "share", "stepUp", "scheduleReminder", "haptic", "backHandling",
        )

        /** The one feature check the bridge needs; without it, the page stays a plain web page. */
        fun isSupported(): Boolean = WebViewFeature.isFeatureSupported(WebViewFeature.WEB_MESSAGE_LISTENER)
    }

    /** The page's side of the channel, from its latest message. Replaced when the page reloads. */
    private var replyProxy: JavaScriptReplyProxy? = null
    /** Counts documents: a reply that finishes after the page navigated belongs to no one. */
    private var document = 0
    private var greeted = false
    private var lastSettings: RightsSettings? = null

    /**
     * Registers the channel. Call before `loadUrl`: the object is injected into documents loaded after
     * this call. Returns false where the WebView is too old to offer WebMessageListener.
     */
    @MainThread
    fun attach(): Boolean {
        if (!isSupported()) {
            Log.w(TAG, "WebMessageListener is not supported by this WebView; the bridge is off")
            return false
        }
        WebViewCompat.addWebMessageListener(
            webView,
            CHANNEL,
            allowedOrigins,
            WebViewCompat.WebMessageListener { view, message, sourceOrigin, isMainFrame, proxy ->
                onPostMessage(view, message, sourceOrigin, isMainFrame, proxy)
            },
        )
        return true
    }

    @MainThread
    fun detach() {
        if (isSupported()) WebViewCompat.removeWebMessageListener(webView, CHANNEL)
        replyProxy = null
        greeted = false
    }

    /** A new document is loading: its hello starts a new conversation. */
    @MainThread
    fun onPageStarted() {
        document++
        replyProxy = null
        greeted = false
        lastSettings = null
    }

    /** Sends `back`; the page answers with its own navigation, or `close` when it has nowhere to go. */
    @MainThread
    fun sendBack() = sendEvent("back", null)

    @MainThread
    fun sendResume() = sendEvent("resume", null)

    /** Sends `settings` if they changed since the page last heard them. */
    @MainThread
    fun sendSettingsIfChanged() {
        if (!greeted) return
        val settings = host.currentSettings()
        if (settings == lastSettings) return
        lastSettings = settings
        sendEvent("settings", settings.toJson())
    }

    @MainThread
    private fun onPostMessage(
        view: WebView,
        message: WebMessageCompat,
        sourceOrigin: Uri,
        isMainFrame: Boolean,
        proxy: JavaScriptReplyProxy,
    ) {
        // allowedOriginRules already keeps other origins out; the main-frame rule is the protocol's own.
        if (!isMainFrame) {
            Log.w(TAG, "Ignored a message from a sub-frame of $sourceOrigin")
            return
        }
        if (sourceOrigin.toString() !in allowedOrigins) {
            Log.w(TAG, "Ignored a message from $sourceOrigin, which is not an allowed origin")
            return
        }
        val request = parseRequest(message.data) ?: return
        replyProxy = proxy
        val askedIn = document
        if (request.method != "hello" && !greeted) {
            reply(proxy, askedIn, request.id, Result.failure(RightsBridgeException.failed("hello must come first")))
            return
        }
        scope.launch {
            val result = try {
                Result.success(handle(request.method, request.params))
            } catch (error: CancellationException) {
                throw error
            } catch (error: RightsBridgeException) {
                Result.failure(error)
            } catch (error: Exception) {
                // The class name only: exception messages from HTTP clients can carry URLs and headers.
                Log.w(TAG, "${request.method} failed: ${error.javaClass.simpleName}")
                Result.failure(RightsBridgeException.failed("${request.method} failed"))
            }
            reply(proxy, askedIn, request.id, result)
        }
    }

    private suspend fun handle(method: String, params: JSONObject): JSONObject = when (method) {
        "hello" -> {
            if (params.optInt("protocol", -1) != PROTOCOL_VERSION) {
                throw RightsBridgeException.unsupported("protocol ${params.opt("protocol")} is not supported")
            }
            greeted = true
            val settings = host.currentSettings().also { lastSettings = it }
            JSONObject()
                .put("protocol", PROTOCOL_VERSION)
                .put("features", JSONArray(FEATURES))
                .put("settings", settings.toJson())
                .put("platform", "android")
        }
        "getToken" -> {
            val session = host.fetchToken()
            JSONObject().put("token", session.token).apply { session.expiresAt?.let { put("expiresAt", it) } }
        }
        "openUrl" -> {
            host.openUrl(httpsUrl(params.requireString("url")))
            JSONObject()
        }
        "close" -> {
            host.close()
            JSONObject()
        }
        "share" -> {
            val url = params.optionalString("url")?.let(::httpsUrl)
            host.share(params.requireString("title"), params.optionalString("text"), url)
            JSONObject()
        }
        "stepUp" -> {
            // `reason` is the page's localised prompt; the app's own wording stands in when it sends none.
            val reason = params.optionalString("reason")?.takeIf { it.isNotBlank() } ?: host.defaultStepUpReason()
            val proof = host.stepUp(reason, params.optionalString("challengeId"))
            JSONObject().put("proof", proof ?: JSONObject.NULL)
        }
        "scheduleReminder" -> {
            val at = try {
                java.time.OffsetDateTime.parse(params.requireString("at")).toInstant().toEpochMilli()
            } catch (error: java.time.format.DateTimeParseException) {
                throw RightsBridgeException.failed("at is not an ISO 8601 time with an offset")
            }
            host.scheduleReminder(params.requireString("id"), params.requireString("title"), params.requireString("body"), at)
            JSONObject()
        }
        "haptic" -> {
            val style = params.requireString("style")
            if (style !in setOf("success", "warning", "error", "selection")) throw RightsBridgeException.unsupported("haptic $style")
            host.haptic(style)
            JSONObject()
        }
        "backHandling" -> {
            if (!params.has("enabled") || params.get("enabled") !is Boolean) throw RightsBridgeException.failed("enabled must be a boolean")
            host.setBackHandling(params.getBoolean("enabled"))
            JSONObject()
        }
        else -> throw RightsBridgeException.unsupported("$method is not offered by this app")
    }

    private data class Request(val id: String, val method: String, val params: JSONObject)

    /** A request envelope, or null (logged, never thrown) for anything malformed or of another version. */
    private fun parseRequest(data: String?): Request? {
        if (data == null) {
            Log.w(TAG, "Ignored a message that is not a string")
            return null
        }
        val envelope = try {
            JSONObject(data)
        } catch (error: JSONException) {
            Log.w(TAG, "Ignored a message that is not JSON")
            return null
        }
        if (envelope.opt("rk") != PROTOCOL_VERSION) {
            Log.w(TAG, "Ignored a message of protocol version ${envelope.opt("rk")}")
            return null
        }
        val id = envelope.opt("id") as? String
        val method = envelope.opt("method") as? String
        val params = envelope.opt("params") as? JSONObject
        if (id.isNullOrEmpty() || method == null || params == null) {
            Log.w(TAG, "Ignored a request without id, method or params")
            return null
        }
        return Request(id, method, params)
    }

    @MainThread
    private fun reply(proxy: JavaScriptReplyProxy, askedIn: Int, id: String, result: Result<JSONObject>) {
        val envelope = JSONObject().put("rk", PROTOCOL_VERSION).put("id", id)
        result.fold(
            onSuccess = { envelope.put("ok", true).put("result", it) },
            onFailure = { error ->
                val refusal = error as? RightsBridgeException ?: RightsBridgeException.failed("failed")
                envelope.put("ok", false).put("error", JSONObject().put("code", refusal.code).put("message", refusal.message))
            },
        )
        // The page may have navigated away meanwhile; a reply to the old document is simply dropped.
        if (askedIn == document) proxy.postMessage(envelope.toString())
    }

    @MainThread
    private fun sendEvent(event: String, data: JSONObject?) {
        val proxy = replyProxy ?: return
        if (!greeted) return
        val envelope = JSONObject().put("rk", PROTOCOL_VERSION).put("event", event)
        if (data != null) envelope.put("data", data)
        proxy.postMessage(envelope.toString())
    }

    private fun JSONObject.requireString(name: String): String =
        (opt(name) as? String)?.takeIf { it.isNotEmpty() } ?: throw RightsBridgeException.failed("$name must be a non-empty string")

    private fun JSONObject.optionalString(name: String): String? = when (val value = opt(name)) {
        null, JSONObject.NULL -> null
        is String -> value
        else -> throw RightsBridgeException.failed("$name must be a string")
    }

    /** Only `https:` links leave the page, to a partner or a share sheet. */
    private fun httpsUrl(value: String): Uri {
        val uri = Uri.parse(value)
        if (uri.scheme != "https" || uri.host.isNullOrEmpty()) throw RightsBridgeException.denied("only https URLs are opened")
        return uri
    }
}
