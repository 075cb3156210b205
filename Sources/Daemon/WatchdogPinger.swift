/// Sends WATCHDOG=1 at most once per interval (half of WatchdogSec), from whoever calls `ping`: the
/// scheduler loop and the cycle's per-feed tick. A hung loop stops pinging
/// and systemd restarts the service.
actor WatchdogPinger {
    private let notifier: SystemdNotifier
    private let interval: Duration?
    private var last = ContinuousClock.now

    init(notifier: SystemdNotifier, interval: Duration?) {
        self.notifier = notifier
        self.interval = interval
    }

    func ping() {
        guard let interval else { return }
        let now = ContinuousClock.now
        guard now - last >= interval else { return }
        last = now
        notifier.notify("WATCHDOG=1")
    }
}
