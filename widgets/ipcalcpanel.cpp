#include "ipcalcpanel.h"

#include "accessiblenames.h"
#include "endpoint.h"
#include "ipcalc.h"
#include "ipcalcmodels.h"
#include "ipcalcreport.h"
#include "launchoptions.h"
#include "netinterfaces.h"
#include "portinfo.h"
#include "settings.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Sockpit {


IpCalcPanel::IpCalcPanel(QWidget *parent)
    : ToolPanel(parent)
{
    buildUi();
    retranslateUi();
    refreshInterfaces();
    m_input->setText(Settings::IpCalcInput.value());
    recalculate();
    updatePort();
}

IpCalcPanel::~IpCalcPanel() = default;

void IpCalcPanel::saveSettings()
{
    Settings::IpCalcInput.setValue(m_input->text());
}

void IpCalcPanel::buildUi()
{
    m_inputLabel = new QLabel(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("ipcalcInput"));
    m_input->setClearButtonEnabled(true);
    m_inputLabel->setBuddy(m_input);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ipcalcStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("ipcalcHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);

    QWidget *left = buildResults();
    buildSubnets();
    buildInterfaces();
    buildPorts();

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_subnetBox);
    right->addWidget(m_interfaceBox);
    right->addWidget(m_portBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 0);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_inputLabel);
    inputRow->addWidget(m_input, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputRow);
    layout->addWidget(m_status);
    layout->addWidget(columns, 1);

    connect(m_input, &QLineEdit::textChanged, this, &IpCalcPanel::recalculate);
    connect(m_otherInput, &QLineEdit::textChanged, this, &IpCalcPanel::updateSameNetwork);
    connect(m_portInput, &QLineEdit::textChanged, this, &IpCalcPanel::updatePort);
    connect(m_splitMode, &QComboBox::currentIndexChanged, this, [this] {
        updateSplitRange();
        updateSubnets();
    });
    connect(m_splitValue, &QSpinBox::valueChanged, this, &IpCalcPanel::updateSubnets);
    connect(m_refreshButton, &QPushButton::clicked, this, &IpCalcPanel::refreshInterfaces);
    connect(m_interfaceView, &QAbstractItemView::clicked, this, &IpCalcPanel::onInterfaceClicked);
}

QWidget *IpCalcPanel::buildResults()
{
    m_resultModel = new IpCalcResultModel(this);
    m_resultView = new QTableView(this);
    m_resultView->setObjectName(QStringLiteral("ipcalcResults"));
    m_resultView->setModel(m_resultModel);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultView->setWordWrap(false);
    m_resultView->verticalHeader()->hide();
    m_resultView->verticalHeader()->setDefaultSectionSize(m_resultView->fontMetrics().height() + 8);
    m_resultView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_resultView->horizontalHeader()->setStretchLastSection(true);
    m_resultView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAllAction = new QAction(this);
    m_resultView->addAction(m_copyAction);
    m_resultView->addAction(m_copyAllAction);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyResults(false); });
    connect(m_copyAllAction, &QAction::triggered, this, [this] { copyResults(true); });

    // "Same subnet?": the default-gateway question.
    m_sameBox = new QGroupBox(this);
    m_otherLabel = new QLabel(m_sameBox);
    m_otherInput = new QLineEdit(m_sameBox);
    m_otherInput->setObjectName(QStringLiteral("ipcalcOtherInput"));
    m_otherInput->setClearButtonEnabled(true);
    m_otherLabel->setBuddy(m_otherInput);
    m_sameResult = new QLabel(m_sameBox);
    m_sameResult->setObjectName(QStringLiteral("ipcalcSameResult"));
    m_sameResult->setWordWrap(true);
    m_sameResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sameLayout = new QFormLayout(m_sameBox);
    sameLayout->addRow(m_otherLabel, m_otherInput);
    sameLayout->addRow(m_sameResult);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_headline);
    leftLayout->addWidget(m_resultView, 1);
    leftLayout->addWidget(m_sameBox);
    return left;
}

void IpCalcPanel::buildSubnets()
{
    m_subnetBox = new QGroupBox(this);
    m_splitMode = new QComboBox(m_subnetBox);
    m_splitMode->setObjectName(QStringLiteral("ipcalcSplitMode"));
    m_splitMode->addItem(QString());
    m_splitMode->addItem(QString());
    m_splitValue = new QSpinBox(m_subnetBox);
    m_splitValue->setObjectName(QStringLiteral("ipcalcSplitValue"));
    m_splitValue->setValue(2);
    m_subnetSummary = new QLabel(m_subnetBox);
    m_subnetSummary->setObjectName(QStringLiteral("ipcalcSubnetSummary"));
    m_subnetSummary->setWordWrap(true);
    m_subnetSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subnetModel = new SubnetListModel(this);
    m_subnetView = new QTableView(m_subnetBox);
    m_subnetView->setObjectName(QStringLiteral("ipcalcSubnets"));
    m_subnetView->setModel(m_subnetModel);
    m_subnetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subnetView->setWordWrap(false);
    m_subnetView->verticalHeader()->hide();
    // Fixed row heights keep a million rows cheap: nothing is measured per row.
    m_subnetView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_subnetView->verticalHeader()->setDefaultSectionSize(m_subnetView->fontMetrics().height() + 6);
    m_subnetView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_subnetView->horizontalHeader()->setStretchLastSection(true);
    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(m_splitMode);
    splitRow->addWidget(m_splitValue);
    splitRow->addStretch(1);
    auto *subnetLayout = new QVBoxLayout(m_subnetBox);
    subnetLayout->addLayout(splitRow);
    subnetLayout->addWidget(m_subnetSummary);
    subnetLayout->addWidget(m_subnetView, 1);
}

void IpCalcPanel::buildInterfaces()
{
    m_interfaceBox = new QGroupBox(this);
    m_interfaceModel = new QStandardItemModel(this);
    m_interfaceView = new QTreeView(m_interfaceBox);
    m_interfaceView->setObjectName(QStringLiteral("ipcalcInterfaces"));
    m_interfaceView->setModel(m_interfaceModel);
    m_interfaceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_interfaceView->setUniformRowHeights(true);
    m_refreshButton = new QPushButton(m_interfaceBox);
    m_refreshButton->setObjectName(QStringLiteral("ipcalcRefreshInterfaces"));
    auto *interfaceLayout = new QVBoxLayout(m_interfaceBox);
    interfaceLayout->addWidget(m_interfaceView, 1);
    auto *refreshRow = new QHBoxLayout;
    refreshRow->addStretch(1);
    refreshRow->addWidget(m_refreshButton);
    interfaceLayout->addLayout(refreshRow);
}

void IpCalcPanel::buildPorts()
{
    m_portBox = new QGroupBox(this);
    m_portLabel = new QLabel(m_portBox);
    m_portInput = new QLineEdit(m_portBox);
    m_portInput->setObjectName(QStringLiteral("ipcalcPortInput"));
    m_portInput->setClearButtonEnabled(true);
    m_portLabel->setBuddy(m_portInput);
    m_portResult = new QLabel(m_portBox);
    m_portResult->setObjectName(QStringLiteral("ipcalcPortResult"));
    m_portResult->setWordWrap(true);
    m_portResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *portLayout = new QFormLayout(m_portBox);
    portLayout->addRow(m_portLabel, m_portInput);
    portLayout->addRow(m_portResult);
}

void IpCalcPanel::retranslateUi()
{
    m_inputLabel->setText(tr("&Address:"));
    m_input->setPlaceholderText(tr("192.168.1.10/24, 10.0.0.1 255.0.0.0 or 2001:db8::1/64"));
    m_input->setToolTip(tr("An IPv4 address with an optional /prefix or netmask, or an IPv6 address with an optional /prefix"));
    m_copyAction->setText(tr("&Copy"));
    m_copyAllAction->setText(tr("Copy &all"));
    m_sameBox->setTitle(tr("Same subnet?"));
    m_otherLabel->setText(tr("Second address (a gateway, say):"));
    m_otherInput->setPlaceholderText(tr("192.168.1.1"));
    m_subnetBox->setTitle(tr("Subnets"));
    m_splitMode->setItemText(0, tr("Split into 2^n subnets, n ="));
    m_splitMode->setItemText(1, tr("Split into subnets of prefix /"));
    m_interfaceBox->setTitle(tr("Local interfaces"));
    m_interfaceView->setToolTip(tr("Click an address to put it into the calculator; click a gateway to check it against the address"));
    m_refreshButton->setText(tr("&Refresh"));
    m_portBox->setTitle(tr("Port"));
    m_portLabel->setText(tr("&Port:"));
    m_portInput->setPlaceholderText(tr("80"));
    m_resultView->setAccessibleName(tr("Results"));
    m_subnetView->setAccessibleName(tr("Subnets"));
    m_interfaceView->setAccessibleName(tr("Local interfaces"));
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_resultView), static_cast<QAbstractItemView *>(m_subnetView),
                                    static_cast<QAbstractItemView *>(m_interfaceView)})
        AccessibleNames::nameViewParts(view);
    for (QLineEdit *edit : {m_input, m_otherInput, m_portInput})
        AccessibleNames::nameClearButton(edit);
    m_resultModel->retranslate();
    m_subnetModel->retranslate();
}

void IpCalcPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Results, interface rows and explanations were made in the old language.
        refreshInterfaces();
        recalculate();
        updatePort();
    }
    QWidget::changeEvent(event);
}

void IpCalcPanel::launch(const LaunchOptions &options)
{
    if (options.mode == LaunchOptions::Mode::IpCalc && !options.ipcalcInput.isEmpty())
        setInput(options.ipcalcInput);
}

void IpCalcPanel::setInput(const QString &text)
{
    m_input->setText(text);
}

QString IpCalcPanel::input() const
{
    return m_input->text();
}

void IpCalcPanel::showError(QLabel *label, const QString &message)
{
    Theme::setTone(label, Theme::Tone::Bad);
    label->setText(message);
}

void IpCalcPanel::showInfo(QLabel *label, const QString &message)
{
    Theme::clearTone(label);
    label->setText(message);
}

void IpCalcPanel::recalculate()
{
    const QString text = m_input->text();
    const Result<IpCalc::Input> parsed = IpCalc::parseInput(text);
    m_current.reset(parsed.ok() ? new IpCalc::Input(parsed.value) : nullptr);
    if (text.trimmed().isEmpty()) {
        showInfo(m_status, tr("Type an address: 192.168.1.10/24, 192.168.1.10 255.255.255.0 or 2001:db8::1/64. Results follow as you type."));
    } else if (!parsed.ok()) {
        // Say what is wrong, and show nothing stale.
        showError(m_status, parsed.error);
    } else {
        showInfo(m_status, QString());
    }
    m_status->setVisible(!m_status->text().isEmpty());
    m_headline->setText(m_current ? IpCalcReport::headline(*m_current) : QString());
    m_resultModel->setLines(m_current ? IpCalcReport::describe(*m_current) : QList<IpCalcLine>());
    updateSplitRange();
    updateSubnets();
    updateSameNetwork();
}

void IpCalcPanel::updateSplitRange()
{
    const QSignalBlocker blocker(m_splitValue);
    m_splitValue->setEnabled(m_current != nullptr);
    if (!m_current)
        return;
    const int prefix = IpCalc::effectivePrefix(*m_current);
    const int maxPrefix = m_current->maxPrefix();
    if (m_splitMode->currentIndex() == 0)
        m_splitValue->setRange(0, maxPrefix - prefix);
    else
        m_splitValue->setRange(prefix, maxPrefix);
}

void IpCalcPanel::updateSubnets()
{
    if (!m_current) {
        m_subnetModel->setSplit(std::nullopt);
        showInfo(m_subnetSummary, QString());
        return;
    }
    const Result<IpCalc::SubnetSplit> split = m_splitMode->currentIndex() == 0
        ? IpCalc::SubnetSplit::intoCount(*m_current, m_splitValue->value())
        : IpCalc::SubnetSplit::intoPrefix(*m_current, m_splitValue->value());
    if (!split.ok()) {
        m_subnetModel->setSplit(std::nullopt);
        showError(m_subnetSummary, split.error);
        return;
    }
    const IpCalc::SubnetSplit &s = split.value;
    QString summary;
    if (s.parentPrefix() == m_current->maxPrefix()) {
        summary = m_current->hasPrefix() || !m_current->isIpv4()
            ? tr("A /%1 is a single address: type a shorter prefix to split a network.").arg(s.parentPrefix())
            : tr("Class %1 has no default mask: type a prefix to split a network.")
                  .arg(IpCalc::ipv4ClassLetter(IpCalc::ipv4Class(m_current->address.toIPv4Address())));
    } else if (s.isIpv4()) {
        const IpCalc::Ipv4Network one{0, s.newPrefix()};
        summary = tr("2^%1 = %2 subnets of /%3, usable hosts in each: %4")
                      .arg(s.bits())
                      .arg(IpCalc::powerOfTwo(s.bits()))
                      .arg(s.newPrefix())
                      .arg(one.usableHosts());
    } else {
        summary = tr("2^%1 = %2 subnets of /%3, addresses in each: 2^%4")
                      .arg(s.bits())
                      .arg(IpCalc::powerOfTwo(s.bits()))
                      .arg(s.newPrefix())
                      .arg(128 - s.newPrefix());
    }
    if (s.bits() >= 63 || s.count() > quint64(MaxListedSubnets))
        summary += u' ' + tr("(the list shows the first %1)").arg(MaxListedSubnets);
    showInfo(m_subnetSummary, summary);
    m_subnetModel->setSplit(s);
    fitSubnetColumns(s.isIpv4());
}

void IpCalcPanel::fitSubnetColumns(bool ipv4)
{
    // Widths from the widest possible text, not from the rows: measuring a
    // million rows would cost what the lazy model saves.
    const QFontMetrics mono(monospaceFont());
    const QFontMetrics plain(m_subnetView->horizontalHeader()->font());
    const int padding = 3 * plain.averageCharWidth();
    const QString widestAddress = ipv4 ? QStringLiteral("255.255.255.255")
                                       : QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    const QString widestSubnet = widestAddress + (ipv4 ? QStringLiteral("/32") : QStringLiteral("/128"));
    auto fit = [&](int column, const QString &widest, const QFontMetrics &metrics) {
        const QString header = m_subnetModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_subnetView->horizontalHeader()->resizeSection(
            column, qMax(metrics.horizontalAdvance(widest), plain.horizontalAdvance(header)) + padding);
    };
    fit(0, QString::number(MaxListedSubnets), plain);
    fit(1, widestSubnet, mono);
    fit(2, widestAddress, mono);
    fit(3, widestAddress, mono);
    m_subnetView->setColumnHidden(4, !ipv4);
}

void IpCalcPanel::updateSameNetwork()
{
    const QString otherText = m_otherInput->text();
    if (otherText.trimmed().isEmpty()) {
        showInfo(m_sameResult, tr("Type a second address to see whether it is on the same network: a default gateway must be."));
        return;
    }
    const Result<QHostAddress> other = IpCalc::parseAddress(otherText);
    if (!other.ok()) {
        showError(m_sameResult, other.error);
        return;
    }
    if (!m_current) {
        showInfo(m_sameResult, tr("Type a valid address above first."));
        return;
    }
    const SameNetworkAnswer answer = IpCalcReport::sameNetwork(*m_current, other.value);
    if (answer.same)
        showInfo(m_sameResult, answer.text);
    else
        showError(m_sameResult, answer.text);
}

void IpCalcPanel::updatePort()
{
    const QString text = m_portInput->text();
    if (text.trimmed().isEmpty()) {
        showInfo(m_portResult, tr("Type a port number 0–65535 to see its range and its usual service."));
        return;
    }
    const Result<quint16> port = EndpointParser::parsePort(text, EndpointParser::PortUse::Bind);
    if (!port.ok()) {
        showError(m_portResult, port.error);
        return;
    }
    QStringList lines;
    lines << PortInfo::describeRange(port.value);
    const QString service = PortInfo::service(port.value);
    lines << (service.isEmpty() ? tr("Common service: none known") : tr("Common service: %1").arg(service));
    const PortInfo::EphemeralRange ephemeral = PortInfo::systemEphemeralRange();
    if (ephemeral.isValid()) {
        lines << (ephemeral.contains(port.value)
                      ? tr("This system picks outgoing ports from %1–%2, so %3 may already be taken by a connection.")
                      : tr("This system picks outgoing ports from %1–%2; %3 is outside that range."))
                     .arg(ephemeral.first)
                     .arg(ephemeral.last)
                     .arg(port.value);
    }
    showInfo(m_portResult, lines.join(u'\n'));
}

void IpCalcPanel::refreshInterfaces()
{
    m_interfaceModel->clear();
    m_interfaceModel->setHorizontalHeaderLabels(
        {tr("Interface / address"), tr("State / kind"), tr("MAC / details")});
    const QList<InterfaceInfo> interfaces = NetInterfaces::list();
    for (const InterfaceInfo &iface : interfaces) {
        QStringList state;
        state << (iface.up ? tr("up") : tr("down"));
        if (iface.up)
            state << (iface.running ? tr("running") : tr("no link"));
        if (iface.loopback)
            state << tr("loopback");
        const QString name = iface.humanName.isEmpty() || iface.humanName == iface.name
                                 ? iface.name
                                 : iface.humanName + QStringLiteral(" (") + iface.name + u')';
        auto *nameItem = new QStandardItem(name);
        auto *stateItem = new QStandardItem(state.join(tr(", ")));
        auto *macItem = new QStandardItem(iface.mac);
        macItem->setFont(monospaceFont());
        for (const InterfaceAddress &address : iface.addresses) {
            const bool v4 = address.ip.protocol() == QAbstractSocket::IPv4Protocol;
            auto *addressItem = new QStandardItem(address.toCidr());
            addressItem->setData(address.toCidr(), CalculatorInputRole);
            addressItem->setToolTip(tr("Click to put %1 into the calculator").arg(address.toCidr()));
            QString details;
            if (v4 && !address.broadcast.isNull())
                details = tr("broadcast %1").arg(address.broadcast.toString());
            else if (!v4)
                details = IpCalcReport::headline(IpCalc::Input{address.ip, QString(), -1, false});
            nameItem->appendRow({addressItem, new QStandardItem(v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6")),
                                 new QStandardItem(details)});
        }
        for (const DefaultGateway &gateway : iface.gateways) {
            const QString address = gateway.gateway.toString();
            auto *gatewayItem = new QStandardItem(address);
            gatewayItem->setData(address, GatewayRole);
            gatewayItem->setToolTip(tr("Click to check %1 against the calculator's address").arg(address));
            nameItem->appendRow({gatewayItem, new QStandardItem(tr("default gateway")),
                                 new QStandardItem(tr("metric %1").arg(gateway.metric))});
        }
        m_interfaceModel->appendRow({nameItem, stateItem, macItem});
    }
    if (interfaces.isEmpty()) {
        m_interfaceModel->appendRow(new QStandardItem(tr("No network interfaces found")));
    }
    m_interfaceView->expandAll();
    for (int column = 0; column < m_interfaceModel->columnCount(); ++column)
        m_interfaceView->resizeColumnToContents(column);
}

void IpCalcPanel::onInterfaceClicked(const QModelIndex &index)
{
    // Any cell of an address row counts, not only the address itself.
    const QModelIndex first = index.siblingAtColumn(0);
    const QString address = first.data(CalculatorInputRole).toString();
    if (!address.isEmpty()) {
        m_input->setText(address);
        return;
    }
    const QString gateway = first.data(GatewayRole).toString();
    if (!gateway.isEmpty())
        m_otherInput->setText(gateway);
}

void IpCalcPanel::copyResults(bool all)
{
    QStringList rows;
    const QModelIndexList selected = m_resultView->selectionModel()->selectedRows();
    const QList<IpCalcLine> &lines = m_resultModel->lines();
    for (int row = 0; row < lines.size(); ++row) {
        const bool wanted = all || std::any_of(selected.cbegin(), selected.cend(),
                                               [row](const QModelIndex &i) { return i.row() == row; });
        if (wanted)
            rows << lines.at(row).label + u'\t' + lines.at(row).text;
    }
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(rows.join(u'\n'));
}

} // namespace Sockpit
