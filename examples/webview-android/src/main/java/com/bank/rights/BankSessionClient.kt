// Asks the bank's backend for the cardholder's rights session (examples/backend-session:
// `POST /bank/rights-session`). The app authenticates as it does for every other call to its backend;
// the platform API key never reaches the device.
package com.bank.rights

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import org.json.JSONException
import org.json.JSONObject
import java.io.IOException
import java.net.HttpURLConnection
import java.net.URL

class BankSessionClient(
    /** e.g. `https://bank.example/bank/rights-session`. */
    private val endpoint: URL,
    /** Adds the app's own credentials to the request (its access token, say); false when nobody is signed in. */
    private val authorize: (HttpURLConnection) -> Boolean,
) {
    /** The token is held in memory for the one reply to the page; it is never stored or logged. */
    class RightsSession(val token: String, val expiresAt: String?) {
        override fun toString() = "RightsSession(expiresAt=$expiresAt)"
    }

    suspend fun fetch(): RightsSession = withContext(Dispatchers.IO) {
        val connection = endpoint.openConnection() as HttpURLConnection
        try {
            connection.requestMethod = "POST"
            connection.connectTimeout = 10_000
            connection.readTimeout = 10_000
            connection.useCaches = false
            connection.instanceFollowRedirects = false
            connection.setRequestProperty("Accept", "application/json")
            if (!authorize(connection)) throw RightsBridgeException.denied("nobody is signed in to the bank")
            when (val status = connection.responseCode) {
                200 -> Unit
                401, 403 -> throw RightsBridgeException.denied("the bank did not start a rights session ($status)")
                else -> throw RightsBridgeException.failed("the bank answered $status")
            }
            val body = connection.inputStream.bufferedReader().use { it.readText() }
            val json = JSONObject(body)
            val token = json.optString("token").takeIf { it.isNotEmpty() }
                ?: throw RightsBridgeException.failed("the bank answered without a token")
            RightsSession(token, json.optString("expiresAt").takeIf { it.isNotEmpty() })
        } catch (error: IOException) {
            throw RightsBridgeException.failed("the bank could not be reached")
        } catch (error: JSONException) {
            throw RightsBridgeException.failed("the bank answered with something other than JSON")
        } finally {
            connection.disconnect()
        }
    }

    companion object {
        /**
         * For trying the example against examples/backend-session only: signs in to its demo bank as
         * `username` and sends the session cookie it sets. A real app uses its own authentication here.
         */
        fun demoSignIn(backend: URL, username: String = "li.hua"): (HttpURLConnection) -> Boolean {
            var cookie: String? = null
            return { connection ->
                val current = cookie ?: signIn(backend, username).also { cookie = it }
                if (current != null) connection.setRequestProperty("Cookie", current)
                current != null
            }
        }

        private fun signIn(backend: URL, username: String): String? {
            val connection = URL(backend, "/bank/sign-in").openConnection() as HttpURLConnection
            return try {
                connection.requestMethod = "POST"
                connection.doOutput = true
                connection.setRequestProperty("Content-Type", "application/json")
                connection.outputStream.use { it.write(JSONObject().put("username", username).toString().toByteArray()) }
                if (connection.responseCode != 200) return null
                connection.headerFields["Set-Cookie"]?.firstOrNull()?.substringBefore(';')
            } catch (error: IOException) {
                null
            } finally {
                connection.disconnect()
            }
        }
    }
}
