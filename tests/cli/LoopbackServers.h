#pragma once

// For CLI tests that use the scripts of tests/signing: their paths, running one to its end, and
// the loopback servers (the TSA, the CRL and OCSP server), each of which prints its port on its
// first line and ends with the test, when its standard input closes.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

inline QString sourcePath(const QString &path)
{
    return QStringLiteral(SMOUT_SOURCE_DIR) + u'/' + path;
}

// What the program printed (output, then errors), after it ended or a minute passed.
inline QString runProgram(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

class LoopbackServers {
public:
    // The port the server `script` listens on, 0 when it did not start.
    int start(const QString &script, const QStringList &args)
    {
        auto server = std::make_unique<QProcess>();
        server->start(QStringLiteral("python3"), QStringList{sourcePath(script)} + args);
        if (!server->waitForReadyRead(10000))
            return 0;
        const int port = server->readLine().trimmed().toInt();
        m_servers.push_back(std::move(server));
        return port;
    }

    // A local TSA answering as `mode` (tsa-server.py), signing with the PKI's `section`; its URL,
    // empty when it did not start.
    QString startTsa(const QString &pki, const QString &mode, const QString &section = QStringLiteral("tsa"))
    {
        const int port = start(QStringLiteral("tests/signing/tsa-server.py"), {pki, QStringLiteral("--mode"), mode, QStringLiteral("--section"), section});
        return port > 0 ? QStringLiteral("http://127.0.0.1:%1/tsr").arg(port) : QString();
    }

    // The server started last, to read what it logged.
    QProcess *last() const { return m_servers.empty() ? nullptr : m_servers.back().get(); }

    // Each server ends when its standard input closes; one that does not is killed.
    void stopAll()
    {
        for (auto &s : m_servers) {
            s->closeWriteChannel();
            if (!s->waitForFinished(5000)) {
                s->kill();
                s->waitForFinished();
            }
        }
        m_servers.clear();
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_servers;
};
