#if canImport(Glibc)
import Glibc
#endif
import Model

/// Why this process cannot read a file, for the person who has to fix it:
/// the error, the file's owner and mode, and the user and groups the process
/// runs as. A service whose config is `root:root 0640` while it runs as
/// `tradewatch` says exactly that, instead of only "cannot read".
enum UnreadableFile {
    /// `cannot read the config file: Permission denied (the file is root:root, mode 0640;
    /// tradewatch runs as user tradewatch (uid 998), groups tradewatch)`, or nil when
    /// the file can be opened after all.
    static func explain(_ path: String, what: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            close(fd)
            return nil
        }
        let code = errno
        var message = "cannot read the \(what): \(String(cString: strerror(code)))"
        var info = stat()
        if stat(path, &info) == 0 {
            message += " (the file is \(userName(info.st_uid)):\(groupName(info.st_gid)), "
                + "mode \(octal(info.st_mode & 0o7777)); tradewatch runs as \(processIdentity()))"
        } else if code == EACCES {
            message += " (a folder on the path is not searchable by \(processIdentity()))"
        }
        return message
    }

    /// `user tradewatch (uid 998), groups tradewatch, adm`
    static func processIdentity() -> String {
        let uid = geteuid()
        var groups = [gid_t](repeating: 0, count: 64)
        let count = getgroups(Int32(groups.count), &groups)
        var gids = [getegid()]
        if count > 0 { gids += groups[0..<Int(count)].filter { $0 != getegid() } }
        return "user \(userName(uid)) (uid \(uid)), groups \(gids.map(groupName).joined(separator: ", "))"
    }

    static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "\(uid)" }
        return String(cString: name)
    }

    static func groupName(_ gid: gid_t) -> String {
        guard let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return "\(gid)" }
        return String(cString: name)
    }

    static func octal(_ mode: mode_t) -> String {
        String(mode, radix: 8).zeroPadded(to: 4)
    }
}
