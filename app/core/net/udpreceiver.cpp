#include "udpreceiver.h"

namespace Sockpit {

namespace {

// Datagrams read and handed on at a time: a pass checks the clock in between.
constexpr int DatagramsPerRead = 256;

} // namespace

UdpReceiver::UdpReceiver(Deliver deliver, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
    , m_reader(UdpDatagramReader::create())
{
    connect(m_reader.get(), &UdpDatagramReader::readyRead, this, &UdpReceiver::onReadyRead);
    m_followUp.setSingleShot(true);
    m_followUp.setTimerType(Qt::PreciseTimer);
    connect(&m_followUp, &QTimer::timeout, this, &UdpReceiver::readPass);
    m_dropReport.setSingleShot(true);
    connect(&m_dropReport, &QTimer::timeout, this, [this] { reportDrops(true); });
}

UdpReceiver::~UdpReceiver()
{
    m_reader->stop();
}

void UdpReceiver::start(QUdpSocket *socket)
{
    m_reader->start(socket);
    m_active = true;
    m_dropsReported = 0;
    m_sinceDropReport.invalidate();
}

void UdpReceiver::stop()
{
    if (!m_active)
        return;
    reportDrops(true);
    m_active = false;
    m_dropReport.stop();
    m_followUp.stop();
    m_reader->stop();
}

void UdpReceiver::drainNow(int limit)
{
    drain(limit, 0);
}

void UdpReceiver::onReadyRead()
{
    // Under a flood each wake-up finds a few datagrams; reading them on a short
    // timer instead takes hundreds a pass for the cost of one turn of the loop.
    m_reader->setPaused(true);
    readPass();
}

void UdpReceiver::readPass()
{
    const Drained drained = drain(m_maxPerPass, MaxPassMs);
    if (!m_active)
        return;
    reportDrops(false);
    if (drained == Drained::Empty) {
        m_reader->setPaused(false); // quiet again: the next datagram wakes us
        return;
    }
    // Cut short: again once the window has had its turn. Otherwise a moment
    // for more to come, which the kernel's buffer holds meanwhile. After a
    // failure, a longer one: a failure that stays must not flood the log.
    m_followUp.start(drained == Drained::Cut ? 0 : drained == Drained::Failed ? RetryAfterFailureMs : FollowUpMs);
}

UdpReceiver::Drained UdpReceiver::drain(int limit, int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<ReceivedDatagram> batch; // per call: deliver may stop us, which drains again
    batch.reserve(DatagramsPerRead);
    int left = limit;
    while (left > 0 && m_active) {
        const int wanted = qMin(left, DatagramsPerRead);
        batch.clear();
        const Result<int> read = m_reader->read(batch, wanted);
        left -= int(batch.size());
        m_deliver(batch);
        if (!read.ok()) {
            emit readFailed(read.error);
            return Drained::Failed;
        }
        if (read.value < wanted)
            return left == limit ? Drained::Empty : Drained::Some;
        if (budgetMs > 0 && clock.hasExpired(budgetMs))
            return Drained::Cut; // the rest comes on the next pass
    }
    return Drained::Cut;
}

void UdpReceiver::reportDrops(bool now)
{
    const quint64 total = m_reader->droppedBySystem();
    if (total <= m_dropsReported)
        return;
    if (!now && m_sinceDropReport.isValid() && !m_sinceDropReport.hasExpired(DropReportIntervalMs)) {
        if (!m_dropReport.isActive())
            m_dropReport.start(int(qMax<qint64>(1, DropReportIntervalMs - m_sinceDropReport.elapsed())));
        return;
    }
    const quint64 count = total - m_dropsReported;
    m_dropsReported = total;
    m_sinceDropReport.start();
    emit dropped(count);
}

} // namespace Sockpit
