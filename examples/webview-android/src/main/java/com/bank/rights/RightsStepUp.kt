// Step-up for a rights write the platform asked to confirm: BiometricPrompt unlocks a key in the
// Android Keystore that signs the challenge. The signature is the proof the page sends as
// `X-Step-Up-Proof`; the bank verifies it with the public key it registered for this device.
package com.bank.rights

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.util.Base64
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricManager.Authenticators.DEVICE_CREDENTIAL
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity
import kotlinx.coroutines.suspendCancellableCoroutine
import java.security.KeyPairGenerator
import java.security.KeyStore
import java.security.PrivateKey
import java.security.PublicKey
import java.security.Signature
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException

class RightsStepUp(private val activity: FragmentActivity) {
    private companion object {
        const val KEY_ALIAS = "rights-step-up"
        const val KEYSTORE = "AndroidKeyStore"
    }

    /** Biometrics, or on Android 11+ the device PIN too: both can unlock a Keystore key. */
    private val authenticators =
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) BIOMETRIC_STRONG or DEVICE_CREDENTIAL else BIOMETRIC_STRONG

    /** For the bank's enrolment: the public key its backend verifies proofs with. */
    fun publicKey(): PublicKey = keyStore().getCertificate(KEY_ALIAS)?.publicKey ?: createKey()

    /**
     * Asks the cardholder to confirm, then signs `challengeId` (or the reason when there is none).
     * Returns the base64url signature, or null when the cardholder declined.
     */
    suspend fun confirm(reason: String, challengeId: String?): String? {
        val canAuthenticate = BiometricManager.from(activity).canAuthenticate(authenticators)
        if (canAuthenticate != BiometricManager.BIOMETRIC_SUCCESS) {
            throw RightsBridgeException.denied("no biometric or device credential is set up ($canAuthenticate)")
        }
        val signature = try {
            Signature.getInstance("SHA256withECDSA").apply { initSign(privateKey()) }
        } catch (error: KeyPermanentlyInvalidatedException) {
            // Biometrics were re-enrolled: the old key is gone for good and the bank must enrol the new one.
            keyStore().deleteEntry(KEY_ALIAS)
            createKey()
            throw RightsBridgeException.denied("the step-up key changed; enrol this device again")
        }

        val promptBuilder = BiometricPrompt.PromptInfo.Builder()
            .setTitle(reason)
            .setAllowedAuthenticators(authenticators)
            .setConfirmationRequired(true)
        if ((authenticators and DEVICE_CREDENTIAL) == 0) promptBuilder.setNegativeButtonText(activity.getString(android.R.string.cancel))
        val promptInfo = promptBuilder.build()

        return suspendCancellableCoroutine { continuation ->
            val prompt = BiometricPrompt(
                activity,
                ContextCompat.getMainExecutor(activity),
                object : BiometricPrompt.AuthenticationCallback() {
                    override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                        val unlocked = result.cryptoObject?.signature
                        if (unlocked == null) {
                            continuation.resumeWithException(RightsBridgeException.failed("no signature after authentication"))
                            return
                        }
                        unlocked.update((challengeId ?: reason).toByteArray(Charsets.UTF_8))
                        val proof = Base64.encodeToString(unlocked.sign(), Base64.URL_SAFE or Base64.NO_PADDING or Base64.NO_WRAP)
                        continuation.resume(proof)
                    }

                    override fun onAuthenticationError(errorCode: Int, errString: CharSequence) {
                        when (errorCode) {
                            BiometricPrompt.ERROR_USER_CANCELED,
                            BiometricPrompt.ERROR_NEGATIVE_BUTTON,
                            BiometricPrompt.ERROR_CANCELED -> continuation.resume(null)
                            BiometricPrompt.ERROR_LOCKOUT,
                            BiometricPrompt.ERROR_LOCKOUT_PERMANENT -> continuation.resumeWithException(RightsBridgeException.denied("locked out ($errorCode)"))
                            else -> continuation.resumeWithException(RightsBridgeException.failed("authentication error $errorCode"))
                        }
                    }
                    // onAuthenticationFailed (a finger not recognised) keeps the prompt open: nothing to do.
                },
            )
            continuation.invokeOnCancellation { prompt.cancelAuthentication() }
            prompt.authenticate(promptInfo, BiometricPrompt.CryptoObject(signature))
        }
    }

    private fun keyStore(): KeyStore = KeyStore.getInstance(KEYSTORE).apply { load(null) }

    private fun privateKey(): PrivateKey =
        keyStore().getKey(KEY_ALIAS, null) as? PrivateKey ?: run {
            createKey()
            keyStore().getKey(KEY_ALIAS, null) as PrivateKey
        }

    private fun createKey(): PublicKey {
        val spec = KeyGenParameterSpec.Builder(KEY_ALIAS, KeyProperties.PURPOSE_SIGN)
            .setDigests(KeyProperties.DIGEST_SHA256)
            .setUserAuthenticationRequired(true)
            .setInvalidatedByBiometricEnrollment(true)
            .apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                    // Every use needs a fresh confirmation (timeout 0), by biometrics or the device PIN.
                    setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG or KeyProperties.AUTH_DEVICE_CREDENTIAL)
                }
            }
            .build()
        val generator = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, KEYSTORE)
        generator.initialize(spec)
        return generator.generateKeyPair().public
    }
}
