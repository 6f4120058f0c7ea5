#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace Sockpit {

namespace Settings {

/// While a batch lives, every setting is read and written through one
/// QSettings, so saving many values writes the file once, when the outermost
/// batch ends (each QSettings writes and syncs the whole file as it goes).
/// Go through read() and write() meanwhile: making any QSettings writes out
/// what the batch holds.
class Batch
{
public:
    Batch();
    ~Batch();
    Q_DISABLE_COPY_MOVE(Batch)

private:
    std::unique_ptr<QSettings> m_store; ///< set only in the outermost batch
};

/// The application's setting at key, through the current batch if any.
QVariant read(const QString &key, const QVariant &defaultValue);
void write(const QString &key, const QVariant &value);

} // namespace Settings

/// A typed, named value in the application's QSettings ("Group/key").
template<typename T>
class Setting
{
public:
    constexpr Setting(const char *key, T defaultValue)
        : m_key(key)
        , m_default(std::move(defaultValue))
    {
    }

    QString key() const { return QString::fromLatin1(m_key); }
    T value() const { return Settings::read(key(), QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &v) const { Settings::write(key(), QVariant::fromValue(v)); }
    T defaultValue() const { return m_default; }

private:
    const char *m_key;
    T m_default;
};

/// Every remembered setting, in one place.
namespace Settings {
// Application
inline const Setting<QString> Language{"General/language", QString()}; ///< empty: follow the system
inline const Setting<QByteArray> WindowGeometry{"MainWindow/geometry", QByteArray()};
inline const Setting<QByteArray> WindowState{"MainWindow/state", QByteArray()};
inline const Setting<int> CurrentTab{"MainWindow/tab", 0};

// Shared by the panels; the group is the panel's name ("TcpClient", "TcpServer", "Udp").
QString panelKey(const QString &panel, const char *name);
QVariant panelValue(const QString &panel, const char *name, const QVariant &defaultValue);
void setPanelValue(const QString &panel, const char *name, const QVariant &value);

// TCP client
inline const Setting<QString> TcpClientHost{"TcpClient/host", QStringLiteral("127.0.0.1")};
inline const Setting<QString> TcpClientPort{"TcpClient/port", QStringLiteral("7788")};
inline const Setting<int> TcpClientConnectTimeoutMs{"TcpClient/connectTimeoutMs", 5000};
inline const Setting<bool> TcpClientShortConnection{"TcpClient/shortConnection", false};
inline const Setting<int> TcpClientReplyTimeoutMs{"TcpClient/replyTimeoutMs", 2000};

// TCP server
inline const Setting<QString> TcpServerListen{"TcpServer/listen", QStringLiteral("7788")};
inline const Setting<int> TcpServerMaxClients{"TcpServer/maxClients", 0};       ///< 0: unlimited
inline const Setting<int> TcpServerMaxPerIp{"TcpServer/maxPerIp", 0};           ///< 0: unlimited
inline const Setting<int> TcpServerIdleTimeoutS{"TcpServer/idleTimeoutS", 0};   ///< 0: none
inline const Setting<int> TcpServerAutoReply{"TcpServer/autoReply", 0};         ///< 0 off, 1 echo, 2 fixed
inline const Setting<QString> TcpServerReplyText{"TcpServer/replyText", QStringLiteral("thank you !")};
inline const Setting<bool> TcpServerReplyHex{"TcpServer/replyHex", false};
inline const Setting<bool> TcpServerSendToAll{"TcpServer/sendToAll", false};   ///< else to the selected clients
inline const Setting<QByteArray> TcpServerClientColumns{"TcpServer/clientColumns", QByteArray()};
inline const Setting<QByteArray> TcpServerSplitter{"TcpServer/clientsSplitter", QByteArray()};

// UDP
inline const Setting<QString> UdpBind{"Udp/bind", QStringLiteral("7788")};
inline const Setting<QString> UdpTarget{"Udp/target", QStringLiteral("127.0.0.1:7789")};
inline const Setting<bool> UdpBroadcast{"Udp/broadcast", false};
inline const Setting<int> UdpMulticastTtl{"Udp/multicastTtl", 1};
inline const Setting<bool> UdpMulticastLoopback{"Udp/multicastLoopback", true};
inline const Setting<QString> UdpInterface{"Udp/interface", QString()};            ///< empty: the system's choice
inline const Setting<QString> UdpGroup{"Udp/group", QStringLiteral("239.255.0.1")}; ///< last group typed

// IP calculator
inline const Setting<QString> IpCalcInput{"IpCalc/input", QString()};
} // namespace Settings

} // namespace Sockpit
