// Step-up for a rights write the platform asked to confirm: Face ID, Touch ID or the device passcode
// (LocalAuthentication) unlocks a Secure Enclave key that signs the challenge. The signature is the proof
// the page sends as `X-Step-Up-Proof`; the bank verifies it with the public key it registered for this device.
import Foundation
import LocalAuthentication
import Security

struct RightsStepUp {
    private static let keyTag = Data("com.bank.rights.step-up".utf8)

    /// Asks the cardholder to confirm, then signs `challengeId` (or the reason when there is none).
    /// Returns the base64url signature, or nil when the cardholder declined.
    func confirm(reason: String, challengeId: String?) async throws -> String? {
        let context = LAContext()
        var policyError: NSError?
        guard context.canEvaluatePolicy(.deviceOwnerAuthentication, error: &policyError) else {
            throw RightsBridgeError.denied("no biometrics or passcode are set up")
        }
        do {
            try await context.evaluatePolicy(.deviceOwnerAuthentication, localizedReason: reason)
        } catch let error as LAError {
            switch error.code {
            case .userCancel, .appCancel, .systemCancel, .userFallback: return nil
            case .biometryLockout, .passcodeNotSet, .biometryNotEnrolled: throw RightsBridgeError.denied("authentication is not available (\(error.code.rawValue))")
            default: throw RightsBridgeError.failed("authentication error \(error.code.rawValue)")
            }
        }
        // The context has just been evaluated, so using the key with it asks nothing more of the cardholder.
        let key = try Self.privateKey(context: context)
        var signError: Unmanaged<CFError>?
        let message = Data((challengeId ?? reason).utf8) as CFData
        guard let signature = SecKeyCreateSignature(key, .ecdsaSignatureMessageX962SHA256, message, &signError) as Data? else {
            throw RightsBridgeError.failed("the step-up key could not sign")
        }
        return signature.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// For the bank's enrolment: the public key its backend verifies proofs with.
    func publicKey() throws -> SecKey {
        guard let key = SecKeyCopyPublicKey(try Self.privateKey(context: nil)) else { throw RightsBridgeError.failed("no public key") }
        return key
    }

    private static func privateKey(context: LAContext?) throws -> SecKey {
        var query: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: keyTag,
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecReturnRef as String: true,
        ]
        if let context { query[kSecUseAuthenticationContext as String] = context }
        var item: CFTypeRef?
        if SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let item, CFGetTypeID(item) == SecKeyGetTypeID() {
            return (item as! SecKey)
        }
        return try createKey()
    }

    /// A P-256 key in the Secure Enclave, usable only on this device and only after the cardholder is
    /// present (biometrics or passcode). Not available in the Simulator.
    private static func createKey() throws -> SecKey {
        var accessError: Unmanaged<CFError>?
        guard let access = SecAccessControlCreateWithFlags(
            kCFAllocatorDefault, kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly, [.privateKeyUsage, .userPresence], &accessError
        ) else { throw RightsBridgeError.failed("no access control for the step-up key") }
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecAttrTokenID as String: kSecAttrTokenIDSecureEnclave,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: keyTag,
                kSecAttrAccessControl as String: access,
            ],
        ]
        var createError: Unmanaged<CFError>?
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &createError) else {
            throw RightsBridgeError.unsupported("no Secure Enclave on this device")
        }
        return key
    }
}
