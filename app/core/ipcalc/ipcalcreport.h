#pragma once

#include "ipcalc.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sockpit {

/// One result of the calculator, ready for both front ends.
struct IpCalcLine
{
    QString key;    ///< stable English key, e.g. "netmask"
    QString label;  ///< the key for people, in the current language
    QString value;  ///< stable value in English (the command line prints key: value)
    QString text;   ///< the value for people, in the current language
    bool bits = false;  ///< a bit pattern: best shown in a monospace font
};

/// Whether a second address is on the calculator's network.
struct SameNetworkAnswer
{
    bool comparable = false;  ///< false when one is IPv4 and the other IPv6
    bool same = false;
    QString text;             ///< the explanation, in the current language
};

/// Explains an address the way the classful tutorial teaches it: class,
/// special ranges, network and host parts, then the subnet arithmetic.
/// The same lines feed the window and `sockpit --ipcalc`.
class IpCalcReport
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::IpCalcReport)
public:
    static QList<IpCalcLine> describe(const IpCalc::Input &input);
    /// One line to take in at a glance, in the current language:
    /// "Class C · private network 192.168.0.0/16 · 192.168.1.0/24 · 254 usable hosts".
    static QString headline(const IpCalc::Input &input);
    static SameNetworkAnswer sameNetwork(const IpCalc::Input &input, const QHostAddress &other);
    /// The label of a key in the current language ("netmask" -> "Netmask").
    static QString label(const QString &key);

private:
    static void describeIpv4(const IpCalc::Input &input, QList<IpCalcLine> &lines);
    static void describeIpv6(const IpCalc::Input &input, QList<IpCalcLine> &lines);
};

} // namespace Sockpit
