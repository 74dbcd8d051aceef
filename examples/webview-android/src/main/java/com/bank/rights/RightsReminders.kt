// Reminders the page schedules ("your lounge pass expires in 3 days") as local notifications.
// WorkManager survives reboots and needs no exact-alarm permission; a reminder may arrive a few minutes
// late under Doze, which is fine for an expiry notice.
package com.bank.rights

import android.Manifest
import android.annotation.SuppressLint
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import androidx.core.app.NotificationChannelCompat
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.work.CoroutineWorker
import androidx.work.ExistingWorkPolicy
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import androidx.work.workDataOf
import java.util.concurrent.TimeUnit

object RightsReminders {
    const val CHANNEL_ID = "rights-reminders"
    private const val MAX_TITLE = 120
    private const val MAX_BODY = 400

    fun canNotify(context: Context): Boolean =
        Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU ||
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED

    /** Schedules (or, for the same `id`, replaces) a notification at `atEpochMillis`. */
    fun schedule(context: Context, id: String, title: String, body: String, atEpochMillis: Long) {
        if (id.length > 128) throw RightsBridgeException.failed("id is too long")
        val delay = atEpochMillis - System.currentTimeMillis()
        if (delay <= 0) throw RightsBridgeException.failed("the reminder time has passed")
        val request = OneTimeWorkRequestBuilder<RightsReminderWorker>()
            .setInitialDelay(delay, TimeUnit.MILLISECONDS)
            .setInputData(workDataOf("id" to id, "title" to title.take(MAX_TITLE), "body" to body.take(MAX_BODY)))
            .addTag(CHANNEL_ID)
            .build()
        WorkManager.getInstance(context).enqueueUniqueWork("$CHANNEL_ID:$id", ExistingWorkPolicy.REPLACE, request)
    }

    fun ensureChannel(context: Context) {
        val channel = NotificationChannelCompat.Builder(CHANNEL_ID, NotificationManagerCompat.IMPORTANCE_DEFAULT)
            .setName(context.getString(R.string.rights_reminders_channel))
            .build()
        NotificationManagerCompat.from(context).createNotificationChannel(channel)
    }
}

class RightsReminderWorker(context: Context, parameters: WorkerParameters) : CoroutineWorker(context, parameters) {
    // The permission is checked by canNotify() below; lint cannot follow the check into another object.
    @SuppressLint("MissingPermission")
    override suspend fun doWork(): Result {
        val id = inputData.getString("id") ?: return Result.failure()
        val title = inputData.getString("title") ?: return Result.failure()
        val body = inputData.getString("body") ?: return Result.failure()
        // Permission can be withdrawn between scheduling and now; then there is nothing to show.
        if (!RightsReminders.canNotify(applicationContext)) return Result.success()
        RightsReminders.ensureChannel(applicationContext)
        val open = PendingIntent.getActivity(
            applicationContext,
            id.hashCode(),
            Intent(applicationContext, RightsActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_CLEAR_TOP or Intent.FLAG_ACTIVITY_SINGLE_TOP),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        val notification = NotificationCompat.Builder(applicationContext, RightsReminders.CHANNEL_ID)
            .setSmallIcon(R.drawable.ic_rights_notification)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(NotificationCompat.BigTextStyle().bigText(body))
            .setContentIntent(open)
            .setAutoCancel(true)
            .setCategory(NotificationCompat.CATEGORY_REMINDER)
            .build()
        try {
            NotificationManagerCompat.from(applicationContext).notify("rights:$id", 0, notification)
        } catch (error: SecurityException) {
            // Notification permission revoked after the check above.
        }
        return Result.success()
    }
}
