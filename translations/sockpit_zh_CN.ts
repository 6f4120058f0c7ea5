<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RelayPanel</name>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听(&amp;L)：</translation>
    </message>
    <message>
        <source>[HOST:]PORT to listen on: the port alone listens on every address (IPv4 and IPv6)</source>
        <translation>要监听的 [HOST:]PORT：只写端口时在所有地址（IPv4 和 IPv6）上监听</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>7789</source>
        <translation>7789</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>目标(&amp;A)：</translation>
    </message>
    <message>
        <source>HOST:PORT each client is connected to ([IPv6]:PORT)</source>
        <translation>每个客户端要连接到的 HOST:PORT（[IPv6]:PORT）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>127.0.0.1:7788</source>
        <translation>127.0.0.1:7788</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M)：</translation>
    </message>
    <message>
        <source>How long to wait for the target to accept each connection</source>
        <translation>等待目标接受每个连接的时长</translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation>连接超时（毫秒）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Relay state</source>
        <translation>中继状态</translation>
    </message>
    <message>
        <source>Problem with the relay settings</source>
        <translation>中继设置有问题</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>连接对</translation>
    </message>
    <message>
        <source>Pause &amp;C→T</source>
        <translation>暂停 C→T(&amp;C)</translation>
    </message>
    <message>
        <source>Stop reading the client (of the selected pair, or of all): its data waits, nothing is dropped</source>
        <translation>停止读取客户端（选中的连接对，或全部）：其数据会等待，不会丢弃</translation>
    </message>
    <message>
        <source>Pause client to target</source>
        <translation>暂停客户端到目标</translation>
    </message>
    <message>
        <source>Pa&amp;use T→C</source>
        <translation>暂停 T→C(&amp;U)</translation>
    </message>
    <message>
        <source>Stop reading the target (of the selected pair, or of all): its data waits, nothing is dropped</source>
        <translation>停止读取目标（选中的连接对，或全部）：其数据会等待，不会丢弃</translation>
    </message>
    <message>
        <source>Pause target to client</source>
        <translation>暂停目标到客户端</translation>
    </message>
    <message>
        <source>Close &amp;pair</source>
        <translation>关闭连接对(&amp;P)</translation>
    </message>
    <message>
        <source>Close both connections of the selected pair</source>
        <translation>关闭选中连接对的两个连接</translation>
    </message>
    <message>
        <source>Close the selected pair</source>
        <translation>关闭选中的连接对</translation>
    </message>
    <message>
        <source>Send box &amp;injects into:</source>
        <translation>发送框注入到(&amp;I)：</translation>
    </message>
    <message>
        <source>Where the send box sends: the target or the client of the selected pair (of every pair when none is selected)</source>
        <translation>发送框的发送去向：选中连接对的目标或客户端（未选中时发往每个连接对）</translation>
    </message>
    <message>
        <source>Send box injects into</source>
        <translation>发送框注入到</translation>
    </message>
</context>
<context>
    <name>Sockpit::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>行标题</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
</context>
<context>
    <name>Sockpit::AddressText</name>
    <message>
        <source>three colons in a row: &apos;::&apos; stands for the zero groups</source>
        <translation>连续三个冒号：“::”本身就代表全零的组</translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once</source>
        <translation>“::”只能出现一次</translation>
    </message>
    <message>
        <source>it starts with a single &apos;:&apos;; write &apos;::&apos; for leading zero groups</source>
        <translation>它以单个“:”开头；开头的全零组请写成“::”</translation>
    </message>
    <message>
        <source>it ends with a single &apos;:&apos;; write &apos;::&apos; for trailing zero groups</source>
        <translation>它以单个“:”结尾；结尾的全零组请写成“::”</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <source>it should be four numbers 0–255 separated by dots</source>
        <translation>应当是用点分隔的四个 0–255 的数</translation>
    </message>
    <message>
        <source>it needs four numbers separated by dots, not %1</source>
        <translation>需要用点分隔的四个数，而不是 %1 个</translation>
    </message>
    <message>
        <source>a number is missing between the dots</source>
        <translation>点之间缺少数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>%1 is over 255</source>
        <translation>%1 超过了 255</translation>
    </message>
    <message>
        <source>%1 has a leading zero (write %2; some tools read leading zeros as octal)</source>
        <translation>%1 有前导零（请写 %2；有些工具把前导零当作八进制）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>“%1”不是十六进制数字</translation>
    </message>
    <message>
        <source>the IPv4 part &apos;%1&apos; must come last</source>
        <translation>IPv4 部分“%1”必须放在最后</translation>
    </message>
    <message>
        <source>its IPv4 part &apos;%1&apos;: %2</source>
        <translation>其 IPv4 部分“%1”：%2</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has more than four hex digits</source>
        <translation>段“%1”超过了四个十六进制数字</translation>
    </message>
    <message>
        <source>it has %1 groups and &apos;::&apos;, which stands for at least one more: at most seven with &apos;::&apos;</source>
        <translation>它有 %1 个组，还有代表至少一个组的“::”：带“::”时最多七个组</translation>
    </message>
    <message>
        <source>it has more than eight groups</source>
        <translation>超过了八段</translation>
    </message>
    <message>
        <source>it has %1 groups; without &apos;::&apos; it needs eight</source>
        <translation>只有 %1 段；不用“::”时需要八段</translation>
    </message>
    <message>
        <source>the groups and colons do not form an address</source>
        <translation>各段和冒号组不成一个地址</translation>
    </message>
    <message>
        <source>the zone after &apos;%&apos; is empty; name an interface, e.g. %eth0</source>
        <translation>“%”后的区域为空；请写网络接口名，例如 %eth0</translation>
    </message>
    <message>
        <source>the zone &apos;%1&apos; has a second &apos;%&apos;</source>
        <translation>区域“%1”中有第二个“%”</translation>
    </message>
    <message>
        <source>the zone &apos;%1&apos; holds &apos;%2&apos;, which no interface name has</source>
        <translation>区域“%1”含有“%2”，接口名不会含有这个字符</translation>
    </message>
</context>
<context>
    <name>Sockpit::CaptureSink</name>
    <message>
        <source>cannot open capture file &apos;%1&apos;: %2</source>
        <translation>无法打开抓取文件“%1”：%2</translation>
    </message>
    <message>
        <source>writing capture file &apos;%1&apos; failed: %2</source>
        <translation>写入抓取文件“%1”失败：%2</translation>
    </message>
    <message>
        <source>no program reads from this pipe</source>
        <translation>没有程序在读取这个管道</translation>
    </message>
</context>
<context>
    <name>Sockpit::CertificateInfo</name>
    <message>
        <source>subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>issuer: %1 (self-signed)</source>
        <translation>颁发者：%1（自签名）</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>有效期从 %1 到 %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>an older or unknown protocol</source>
        <translation>较旧或未知的协议</translation>
    </message>
    <message>
        <source>%1, %2 (%3-bit)</source>
        <translation>%1，%2（%3 位）</translation>
    </message>
    <message>
        <source>certificate %1 of %2:</source>
        <translation>证书 %1 / %2：</translation>
    </message>
</context>
<context>
    <name>Sockpit::Checksum</name>
    <message>
        <source>no checksum named: write one of %1</source>
        <translation>未指定校验和：请填写 %1 之一</translation>
    </message>
    <message>
        <source>unknown checksum &apos;%1&apos;: known are %2</source>
        <translation>未知的校验和“%1”：可用的有 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: write FROM or FROM,BACK (bytes left out at the start and before the end)</source>
        <translation>“%1”不是有效的范围：请写 FROM 或 FROM,BACK（开头和末尾前跳过的字节数）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of bytes in the checksum range</source>
        <translation>“%1”不是有效的校验范围字节数</translation>
    </message>
    <message>
        <source>%1 bytes left out of the checksum range is not possible: 0 to %2</source>
        <translation>校验范围不能跳过 %1 字节：可为 0 到 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a byte order: write be or le (or a range FROM[,BACK])</source>
        <translation>“%1”不是字节序：请写 be 或 le（或范围 FROM[,BACK]）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is one part too many: write NAME[:be|le][:FROM[,BACK]]</source>
        <translation>“%1”是多余的部分：请写 NAME[:be|le][:FROM[,BACK]]</translation>
    </message>
</context>
<context>
    <name>Sockpit::ChecksumBar</name>
    <message>
        <source>No checksum: %1</source>
        <translation>无校验和：%1</translation>
    </message>
    <message>
        <source>%1: type data to see its checksum</source>
        <translation>%1：输入数据即可查看其校验和</translation>
    </message>
    <message>
        <source>%1: %2 → appends %3</source>
        <translation>%1：%2 → 追加 %3</translation>
    </message>
    <message>
        <source>%1: %2 → bytes %3</source>
        <translation>%1：%2 → 字节 %3</translation>
    </message>
    <message>
        <source>Check&amp;sum:</source>
        <translation>校验和(&amp;S)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A checksum of the data to send: shown as you type, appended when ticked</source>
        <translation>要发送数据的校验和：输入时实时显示，勾选后追加到数据末尾</translation>
    </message>
    <message>
        <source>Send checksum</source>
        <translation>发送校验和</translation>
    </message>
    <message>
        <source>A&amp;ppend to each send</source>
        <translation>每次发送时追加(&amp;P)</translation>
    </message>
    <message>
        <source>Add the checksum&apos;s bytes to the end of every send and repeat (files are sent as they are)</source>
        <translation>在每次发送和循环发送的数据末尾加上校验和字节（文件按原样发送）</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>校验范围</translation>
    </message>
    <message>
        <source>Byte order, and the bytes the checksum leaves out</source>
        <translation>字节序，以及校验和不计算的字节</translation>
    </message>
    <message>
        <source>Checksum byte order and range</source>
        <translation>校验和字节序与范围</translation>
    </message>
    <message>
        <source>Checksum of the input</source>
        <translation>输入内容的校验和</translation>
    </message>
    <message>
        <source>Big endian</source>
        <translation>大端</translation>
    </message>
    <message>
        <source>Little endian</source>
        <translation>小端</translation>
    </message>
    <message>
        <source>Checksum byte order</source>
        <translation>校验和字节序</translation>
    </message>
    <message>
        <source>Skip first:</source>
        <translation>跳过开头：</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Bytes at the start the checksum leaves out, e.g. a start byte</source>
        <translation>开头不参与校验和计算的字节数，例如起始字节</translation>
    </message>
    <message>
        <source>Bytes at the start the checksum skips</source>
        <translation>校验和跳过的开头字节数</translation>
    </message>
    <message>
        <source>Stop before end:</source>
        <translation>跳过末尾：</translation>
    </message>
    <message>
        <source>Bytes at the end the checksum leaves out</source>
        <translation>末尾不参与校验和计算的字节数</translation>
    </message>
    <message>
        <source>Bytes at the end the checksum skips</source>
        <translation>校验和跳过的末尾字节数</translation>
    </message>
</context>
<context>
    <name>Sockpit::ClientTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Received (bytes)</source>
        <translation>接收（字节）</translation>
    </message>
    <message>
        <source>Sent (bytes)</source>
        <translation>发送（字节）</translation>
    </message>
    <message>
        <source>Last data</source>
        <translation>最后数据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The client&apos;s number in this server&apos;s log</source>
        <translation>客户端在本服务器日志中的编号</translation>
    </message>
    <message>
        <source>The client&apos;s address and port</source>
        <translation>客户端的地址和端口</translation>
    </message>
    <message>
        <source>When the client last sent data; the idle timeout counts from here</source>
        <translation>客户端最后一次发送数据的时间；空闲超时从此刻计算</translation>
    </message>
    <message>
        <source>Connected, or how the connection ended</source>
        <translation>已连接，或连接是如何结束的</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>closed by client</source>
        <translation>客户端已关闭</translation>
    </message>
    <message>
        <source>reset by client</source>
        <translation>被客户端重置</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>空闲超时</translation>
    </message>
    <message>
        <source>disconnected by you</source>
        <translation>已由你断开</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation>TLS 握手中…</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>明文 TCP</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Plain TCP, or the client&apos;s TLS version and certificate subject</source>
        <translation>明文 TCP，或客户端的 TLS 版本和证书主题</translation>
    </message>
</context>
<context>
    <name>Sockpit::Codec</name>
    <message>
        <source>encoding &apos;%1&apos; is not available</source>
        <translation>编码“%1”不可用</translation>
    </message>
    <message>
        <source>hex digit at column %1 has no partner: write bytes as two digits (0%2)</source>
        <translation>第 %1 列的十六进制数字不成对：每个字节请写两位（0%2）</translation>
    </message>
    <message>
        <source>&apos;0x&apos; at column %1 is not followed by a hex digit</source>
        <translation>第 %1 列的“0x”后面没有十六进制数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 is not a hex digit</source>
        <translation>第 %2 列的“%1”不是十六进制数字</translation>
    </message>
    <message>
        <source>a lone &apos;\&apos; at column %1 ends the text; write \\ for a backslash</source>
        <translation>第 %1 列的“\”后面没有字符；反斜杠本身请写成 \\</translation>
    </message>
    <message>
        <source>&apos;\x&apos; at column %1 needs two hex digits, as in \x0D</source>
        <translation>第 %1 列的“\x”后面需要两位十六进制数字，如 \x0D</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; at column %2; known: \r \n \t \\ \0 \xHH</source>
        <translation>第 %2 列的转义“\%1”无法识别；可用：\r \n \t \\ \0 \xHH</translation>
    </message>
    <message>
        <source>the text has characters that %1 cannot encode</source>
        <translation>文本中有 %1 无法编码的字符</translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandEditor</name>
    <message>
        <source>checksum: %1</source>
        <translation>校验和：%1</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; already has a command named &quot;%2&quot;</source>
        <translation>组“%1”中已有名为“%2”的命令</translation>
    </message>
    <message numerus="yes">
        <source>Sends %n byte(s): %1</source>
        <translation>
            <numerusform>发送 %n 个字节：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be sent in %1: %2</source>
        <translation>无法以 %1 发送：%2</translation>
    </message>
    <message>
        <source>New command</source>
        <translation>新建命令</translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation>编辑命令</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>分组名称</translation>
    </message>
    <message>
        <source>e.g. Modbus</source>
        <translation>例如 Modbus</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <source>Data to send</source>
        <translation>要发送的数据</translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \t \\ \0 \xHH), or hex digits</source>
        <translation>带转义的文本（\r \n \t \\ \0 \xHH），或十六进制数字</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>十六进制(&amp;X)</translation>
    </message>
    <message>
        <source>Own &amp;encoding:</source>
        <translation>单独编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Off: the command is encoded in the session&apos;s encoding</source>
        <translation>关闭：命令使用会话的编码</translation>
    </message>
    <message>
        <source>&amp;Line end:</source>
        <translation>行尾(&amp;L)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>行尾</translation>
    </message>
    <message>
        <source>C&amp;hecksum:</source>
        <translation>校验和(&amp;H)：</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Checksum name</source>
        <translation>校验和名称</translation>
    </message>
    <message>
        <source>Appended after the line ending, e.g. CRC-16/MODBUS, crc32:be or sum8:be:1 (byte order, then bytes left out at the front and back)</source>
        <translation>追加在行尾之后，例如 CRC-16/MODBUS、crc32:be 或 sum8:be:1（字节序，然后是开头和末尾跳过的字节数）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <source>Command name</source>
        <translation>命令名称</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Command encoding</source>
        <translation>命令编码</translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandLibrary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. The file was kept as %2 and the library starts empty.</source>
        <translation>%1。该文件已保留为 %2，命令库从空开始。</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside, so the library is not saved until the file is mended or removed.</source>
        <translation>%1。该文件无法移到一边，因此在修复或删除该文件之前，命令库不会保存。</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot; in the library</source>
        <translation>命令库中没有命令“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) have a command &quot;%1&quot;: write it as group/name</source>
        <translation>
            <numerusform>%n 个分组中都有命令“%1”：请写成 分组/名称</numerusform>
        </translation>
    </message>
    <message>
        <source>a command needs a name</source>
        <translation>命令需要名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a command needs a group</source>
        <translation>“%1”：命令需要分组</translation>
    </message>
    <message>
        <source>group &quot;%1&quot;: a group&apos;s name cannot hold &apos;/&apos;</source>
        <translation>分组“%1”：分组名称不能包含“/”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is nothing to send</source>
        <translation>“%1”：没有可发送的内容</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>分组需要名称</translation>
    </message>
    <message>
        <source>there are two groups named &quot;%1&quot;</source>
        <translation>有两个分组都叫“%1”</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has two commands named &quot;%2&quot;</source>
        <translation>分组“%1”中有两个命令都叫“%2”</translation>
    </message>
    <message>
        <source>a command library is a JSON object with &quot;version&quot; and &quot;groups&quot;</source>
        <translation>命令库是一个包含 &quot;version&quot; 和 &quot;groups&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; 必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>version %1 is newer than this Sockpit reads (%2)</source>
        <translation>版本 %1 比此 Sockpit 能读取的版本（%2）更新</translation>
    </message>
    <message>
        <source>&quot;groups&quot; must be an array</source>
        <translation>&quot;groups&quot; 必须是数组</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation>分组 %1：%2</translation>
    </message>
    <message>
        <source>%1 is broken and could not be moved aside: mend or remove it first</source>
        <translation>%1 已损坏且无法移到一边：请先修复或删除它</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot; in group &quot;%2&quot;</source>
        <translation>分组“%2”中没有命令“%1”</translation>
    </message>
    <message>
        <source>no group &quot;%1&quot;</source>
        <translation>没有分组“%1”</translation>
    </message>
    <message>
        <source>there is already a group named &quot;%1&quot;</source>
        <translation>已存在名为“%1”的分组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是一个对象</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;comment&quot; must be a string</source>
        <translation>“%1”：&quot;comment&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;commands&quot; must be an array</source>
        <translation>“%1”：&quot;commands&quot; 必须是数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, command %2: %3</source>
        <translation>“%1”，命令 %2：%3</translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandLibraryPanel</name>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>there is nothing to send</source>
        <translation>没有可发送的内容</translation>
    </message>
    <message>
        <source>Command &quot;%1&quot; cannot be sent in %2: %3</source>
        <translation>命令“%1”无法以 %2 发送：%3</translation>
    </message>
    <message numerus="yes">
        <source>Sent &quot;%1&quot; (%n byte(s))</source>
        <translation>
            <numerusform>已发送“%1”（%n 个字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed &quot;%1&quot;</source>
        <translation>已修改“%1”</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;</source>
        <translation>已添加“%1”</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <source>New name of group &quot;%1&quot;:</source>
        <translation>分组“%1”的新名称：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the command &quot;%1&quot;?</source>
        <translation>删除命令“%1”？</translation>
    </message>
    <message>
        <source>Remove the group &quot;%1&quot; and its commands?</source>
        <translation>删除分组“%1”及其中的命令？</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>Import commands</source>
        <translation>导入命令</translation>
    </message>
    <message>
        <source>Command libraries (*.json);;All files (*)</source>
        <translation>命令库 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add the file&apos;s commands to the library (a command with the same group and name is replaced), or replace the whole library with the file?</source>
        <translation>把文件中的命令添加到命令库（分组和名称相同的命令会被替换），还是用该文件替换整个命令库？</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Replace all</source>
        <translation>全部替换(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n command(s)</source>
        <translation>
            <numerusform>已导入 %n 条命令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replaced</source>
        <translation>
            <numerusform>，替换了 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Export commands</source>
        <translation>导出命令</translation>
    </message>
    <message>
        <source>Command libraries (*.json)</source>
        <translation>命令库 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n command(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条命令导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter commands</source>
        <translation>筛选命令</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the selected command (Enter or double-click; Ctrl+1 … Ctrl+9 send the first nine)</source>
        <translation>发送选中的命令（Enter 或双击；Ctrl+1 … Ctrl+9 发送前九条）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a new command (Insert)</source>
        <translation>添加新命令（Insert）</translation>
    </message>
    <message>
        <source>From send box</source>
        <translation>来自发送框</translation>
    </message>
    <message>
        <source>Add what the send box holds as a command</source>
        <translation>把发送框中的内容添加为命令</translation>
    </message>
    <message>
        <source>Add from send box</source>
        <translation>从发送框添加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected command, or rename the selected group (F2)</source>
        <translation>编辑选中的命令，或重命名选中的分组（F2）</translation>
    </message>
    <message>
        <source>Remove the selected command or group (Delete)</source>
        <translation>删除选中的命令或分组（Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selection up (Alt+Up)</source>
        <translation>上移所选项（Alt+Up）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selection down (Alt+Down)</source>
        <translation>下移所选项（Alt+Down）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add commands from a library file, or replace the library with it</source>
        <translation>从命令库文件添加命令，或用它替换命令库</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the library to a file</source>
        <translation>把命令库保存到文件</translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandLine</name>
    <message>
        <source>Sockpit: a network debugging tool for TCP and UDP, with encodings such as GBK.</source>
        <translation>Sockpit：TCP 与 UDP 网络调试助手，支持 GBK 等编码。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: remembered, else the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认：上次的选择，否则跟随系统）。</translation>
    </message>
    <message>
        <source>Encoding of sent and received text: UTF-8 (default), GBK, GB18030, Big5, Shift_JIS, EUC-KR, ISO-8859-1, UTF-16LE, UTF-16BE or Hex.</source>
        <translation>收发文本的编码：UTF-8（默认）、GBK、GB18030、Big5、Shift_JIS、EUC-KR、ISO-8859-1、UTF-16LE、UTF-16BE 或 Hex。</translation>
    </message>
    <message>
        <source>Append every received byte to FILE.</source>
        <translation>把收到的每个字节追加写入 FILE。</translation>
    </message>
    <message>
        <source>No window: received data to stdout, stdin sent, state and errors to stderr.</source>
        <translation>无窗口运行：收到的数据写到标准输出，标准输入的内容被发送，状态和错误写到标准错误。</translation>
    </message>
    <message>
        <source>Connect to a TCP server at HOST:PORT ([IPv6]:PORT).</source>
        <translation>连接位于 HOST:PORT（[IPv6]:PORT）的 TCP 服务器。</translation>
    </message>
    <message>
        <source>Listen for TCP clients on [HOST:]PORT.</source>
        <translation>在 [HOST:]PORT 上监听 TCP 客户端。</translation>
    </message>
    <message>
        <source>TCP server: refuse clients beyond N at once (0: unlimited).</source>
        <translation>TCP 服务器：同时连接的客户端超过 N 个时拒绝新连接（0：不限）。</translation>
    </message>
    <message>
        <source>TCP server: refuse more than N connections from one IP (0: unlimited).</source>
        <translation>TCP 服务器：同一 IP 的连接超过 N 个时拒绝（0：不限）。</translation>
    </message>
    <message>
        <source>TCP server: close a client silent for SECONDS (0: never).</source>
        <translation>TCP 服务器：关闭 SECONDS 秒内无数据的客户端（0：从不）。</translation>
    </message>
    <message>
        <source>TCP server: send every received chunk back.</source>
        <translation>TCP 服务器：把收到的每段数据原样发回。</translation>
    </message>
    <message>
        <source>TCP server: answer every received chunk with TEXT.</source>
        <translation>TCP 服务器：对收到的每段数据回复 TEXT。</translation>
    </message>
    <message>
        <source>Bind a UDP socket to [HOST:]PORT.</source>
        <translation>把 UDP 套接字绑定到 [HOST:]PORT。</translation>
    </message>
    <message>
        <source>UDP: send to HOST:PORT.</source>
        <translation>UDP：发送到 HOST:PORT。</translation>
    </message>
    <message>
        <source>UDP: join the multicast GROUP (repeatable).</source>
        <translation>UDP：加入组播组 GROUP（可重复）。</translation>
    </message>
    <message>
        <source>UDP: allow sending to broadcast addresses.</source>
        <translation>UDP：允许发送到广播地址。</translation>
    </message>
    <message>
        <source>Explain an IP address, e.g. 192.168.1.10/24, and exit.</source>
        <translation>解析一个 IP 地址（如 192.168.1.10/24）后退出。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>多余的参数“%1”；请查看 --help</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Sockpit; use zh_CN or en</source>
        <translation>--lang：Sockpit 没有“%1”语言；请用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>choose one of --echo and --reply</source>
        <translation>--echo 和 --reply 只能选一个</translation>
    </message>
    <message>
        <source>--max-clients, --max-per-ip, --idle-timeout, --echo and --reply need --tcp-server</source>
        <translation>--max-clients、--max-per-ip、--idle-timeout、--echo 和 --reply 需要配合 --tcp-server</translation>
    </message>
    <message>
        <source>--peer, --join and --broadcast need --udp</source>
        <translation>--peer、--join 和 --broadcast 需要配合 --udp</translation>
    </message>
    <message>
        <source>Cut received data into frames, one a line headless: gap:MS (a pause ends a frame), delim:HEX (e.g. 0D0A; add ;strip to drop it), fixed:N or length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]; add ;max:BYTES to limit a frame (default 65536).</source>
        <translation>把收到的数据分成帧，无窗口模式下每帧一行：gap:MS（停顿即结束一帧）、delim:HEX（如 0D0A；加 ;strip 可去掉分隔符）、fixed:N 或 length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]；加 ;max:BYTES 可限制帧长（默认 65536）。</translation>
    </message>
    <message>
        <source>Append a checksum to every line sent and verify received frames (datagrams without --frame): CRC-8, CRC-16/MODBUS, CRC-16/CCITT-FALSE, CRC-16/XMODEM, CRC-16/ARC, CRC-32, CRC-32C, SUM8, SUM16, XOR8 or LRC, then :be or :le for the byte order.</source>
        <translation>在发送的每一行末尾追加校验和，并校验收到的帧（未用 --frame 时校验数据报）：CRC-8、CRC-16/MODBUS、CRC-16/CCITT-FALSE、CRC-16/XMODEM、CRC-16/ARC、CRC-32、CRC-32C、SUM8、SUM16、XOR8 或 LRC，后接 :be 或 :le 指定字节序。</translation>
    </message>
    <message>
        <source>Headless:</source>
        <translation>无界面模式：</translation>
    </message>
    <message>
        <source>stdin is read only as fast as the peer takes it, and by a server only while a client is connected; a long line goes as it streams, in pieces of at most 16 KiB. Text that is not UTF-8 is sent as U+FFFD and reported once with its byte offset; --raw sends bytes unchanged. A message repeated on stderr is said once, then counted.</source>
        <translation>标准输入的读取速度不超过对端接收的速度，服务器只在有客户端连接时才读取；长行边读边发，每段最多 16 KiB。不是 UTF-8 的文本以 U+FFFD 发送，并报告一次其字节偏移；--raw 按原样发送字节。标准错误上重复的消息只显示一次，然后计数。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>the peer closed the connection (TCP client), SIGINT or SIGTERM, or the reader of stdout went away</source>
        <translation>对端关闭了连接（TCP 客户端）、收到 SIGINT 或 SIGTERM，或标准输出的读取方已离开</translation>
    </message>
    <message>
        <source>Headless: send stdin&apos;s bytes unchanged and write received bytes to stdout unchanged, like netcat (no encoding). UDP: each read from stdin is one datagram.</source>
        <translation>无界面模式：按原样发送标准输入的字节，并把收到的字节按原样写到标准输出，与 netcat 相同（不做编码）。UDP：每次从标准输入读取的内容为一个数据报。</translation>
    </message>
    <message>
        <source>--raw needs --headless</source>
        <translation>--raw 需要 --headless</translation>
    </message>
    <message>
        <source>choose one of --raw and --encoding</source>
        <translation>--raw 与 --encoding 只能选一个</translation>
    </message>
    <message>
        <source>--raw passes bytes unchanged: leave out --frame and --checksum</source>
        <translation>--raw 按原样传递字节：请去掉 --frame 和 --checksum</translation>
    </message>
    <message>
        <source>--connect-timeout needs --tcp-client or --relay</source>
        <translation>--connect-timeout 需要 --tcp-client 或 --relay</translation>
    </message>
    <message>
        <source>--relay needs --to HOST:PORT, the target</source>
        <translation>--relay 需要 --to HOST:PORT，即目标</translation>
    </message>
    <message>
        <source>--to needs --relay</source>
        <translation>--to 需要 --relay</translation>
    </message>
    <message>
        <source>--frame and --checksum need --tcp-client, --tcp-server, --udp or --relay</source>
        <translation>--frame 和 --checksum 需要 --tcp-client、--tcp-server、--udp 或 --relay</translation>
    </message>
    <message>
        <source>--rules needs --headless with --tcp-client, --tcp-server or --udp</source>
        <translation>--rules 需要 --headless 以及 --tcp-client、--tcp-server 或 --udp</translation>
    </message>
    <message>
        <source>choose one of --rules and --echo / --reply (a rules file can hold an echo rule)</source>
        <translation>--rules 与 --echo / --reply 只能选一个（规则文件中可以包含回显规则）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--junit needs --sequence</source>
        <translation>--junit 需要 --sequence</translation>
    </message>
    <message>
        <source>--sequence and --junit need a file name</source>
        <translation>--sequence 和 --junit 需要文件名</translation>
    </message>
    <message>
        <source>--sequence needs --headless</source>
        <translation>--sequence 需要 --headless</translation>
    </message>
    <message>
        <source>--sequence runs on --tcp-client or --udp: a server or a relay has no one peer to talk to</source>
        <translation>--sequence 在 --tcp-client 或 --udp 上运行：服务器或中继没有唯一的对端可以通信</translation>
    </message>
    <message>
        <source>--sequence with --udp needs --peer HOST:PORT</source>
        <translation>--sequence 配合 --udp 时需要 --peer HOST:PORT</translation>
    </message>
    <message>
        <source>choose one of --raw and --sequence</source>
        <translation>--raw 与 --sequence 只能选一个</translation>
    </message>
    <message>
        <source>choose one of --rules and --sequence</source>
        <translation>--rules 与 --sequence 只能选一个</translation>
    </message>
    <message>
        <source>--checksum does not apply to --sequence: give a send step its own &quot;checksum&quot;</source>
        <translation>--checksum 不适用于 --sequence：请为发送步骤单独指定 &quot;checksum&quot;</translation>
    </message>
    <message>
        <source>Headless, with --tcp-client, or --udp and --peer: run the test sequence in FILE (JSON) once connected, one line per step on stdout; exit 0 when every step passed, 1 when one failed or timed out, 2 when the file is bad. Received data is not printed (--capture keeps it); stdin is not read.</source>
        <translation>无界面模式，配合 --tcp-client，或 --udp 与 --peer：连接后运行 FILE（JSON）中的测试序列，每个步骤在标准输出上输出一行；所有步骤通过时退出码为 0，有步骤失败或超时时为 1，文件有误时为 2。收到的数据不会打印（可用 --capture 保存）；不读取标准输入。</translation>
    </message>
    <message>
        <source>With --sequence: also write the results to FILE as JUnit XML.</source>
        <translation>配合 --sequence：同时把结果以 JUnit XML 格式写入 FILE。</translation>
    </message>
    <message>
        <source>Headless: answer received frames by the rules in FILE (JSON; see docs/examples), on any session. Frames are cut as --frame says, per read without it.</source>
        <translation>无界面模式：在任意会话上按 FILE（JSON；见 docs/examples）中的规则回复收到的帧。帧按 --frame 的设置切分，未指定时按每次读取切分。</translation>
    </message>
    <message>
        <source>Headless: write the traffic to FILE as pcapng (for Wireshark) while running.</source>
        <translation>无界面模式：运行期间把流量以 pcapng 格式（供 Wireshark 使用）写入 FILE。</translation>
    </message>
    <message>
        <source>Relay TCP: listen on [HOST:]PORT and connect each client to the target of --to, in the Relay tab; headless, one line per read (or frame) on stdout with its direction and pair.</source>
        <translation>TCP 中继：在 [HOST:]PORT 上监听，并把每个客户端连接到 --to 指定的目标，在“中继”标签页中进行；无界面模式下，每次读取（或每帧）在标准输出上输出一行，包含方向和连接对。</translation>
    </message>
    <message>
        <source>Relay: the target, HOST:PORT ([IPv6]:PORT).</source>
        <translation>中继：目标，HOST:PORT（[IPv6]:PORT）。</translation>
    </message>
    <message>
        <source>--pcap FILE needs --headless (the window exports from its File menu)</source>
        <translation>--pcap FILE 需要 --headless（窗口模式可从“文件”菜单导出）</translation>
    </message>
    <message>
        <source>choose one of --tcp-client, --tcp-server, --udp, --relay and --ipcalc</source>
        <translation>--tcp-client、--tcp-server、--udp、--relay 和 --ipcalc 只能选一个</translation>
    </message>
    <message>
        <source>--headless needs --tcp-client, --tcp-server, --udp or --relay</source>
        <translation>--headless 需要 --tcp-client、--tcp-server、--udp 或 --relay</translation>
    </message>
    <message>
        <source>--relay writes a line per read with its direction: leave out --raw</source>
        <translation>--relay 每次读取输出一行并标明方向：请去掉 --raw</translation>
    </message>
    <message>
        <source>With TLS, stderr has the session (&quot;TLS 1.3, TLS_AES_256_GCM_SHA384&quot;) and the peer&apos;s certificates. A server first says its own certificate with its SHA-256 fingerprint, then each client&apos;s handshake or why it failed, and goes on serving the others; stdin waits for a client whose handshake is done.</source>
        <translation>使用 TLS 时，stderr 会显示会话（&quot;TLS 1.3, TLS_AES_256_GCM_SHA384&quot;）和对端的证书。服务器先给出自己的证书及其 SHA-256 指纹，再给出每个客户端的握手结果或失败原因，并继续为其他客户端服务；stdin 会等到有客户端完成握手后才读取。</translation>
    </message>
    <message>
        <source>a network failure: refused, reset or timed out, or a failed TLS handshake (TCP client), cannot listen or bind; or stdout cannot be written</source>
        <translation>网络故障：被拒绝、被重置或超时，或 TLS 握手失败（TCP 客户端），无法监听或绑定；或 stdout 无法写入</translation>
    </message>
    <message>
        <source>bad arguments, a rules file that cannot be used, a capture file that cannot be opened, a certificate or key that cannot be used, or stdin that cannot be sent (bad hex)</source>
        <translation>参数错误、规则文件无法使用、抓取文件无法打开、证书或密钥无法使用，或 stdin 无法发送（十六进制错误）</translation>
    </message>
    <message>
        <source>TCP client connect timeout in milliseconds (default 5000); a TLS handshake then gets as long again.</source>
        <translation>TCP 客户端连接超时（毫秒，默认 5000）；TLS 握手另有同样长的时间。</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 需要一个文件名</translation>
    </message>
    <message>
        <source>--%1 needs a host name</source>
        <translation>--%1 需要一个主机名</translation>
    </message>
    <message>
        <source>--tls-min: &apos;%1&apos; is not a TLS version Sockpit accepts as the minimum; use 1.2 or 1.3</source>
        <translation>--tls-min：&apos;%1&apos; 不是 Sockpit 可接受的最低 TLS 版本；请使用 1.2 或 1.3</translation>
    </message>
    <message>
        <source>TCP client or server: speak TLS. Headless, the session and the peer&apos;s certificate are described on stderr.</source>
        <translation>TCP 客户端或服务器：使用 TLS。无界面模式下，会话和对端证书会输出到 stderr。</translation>
    </message>
    <message>
        <source>TLS client: the server name sent (SNI) and checked in its certificate (default: the host connected to).</source>
        <translation>TLS 客户端：发送（SNI）并在证书中核对的服务器名称（默认：所连接的主机）。</translation>
    </message>
    <message>
        <source>TLS client: trust the CAs in FILE (PEM) instead of the system&apos;s. TLS server: require a client certificate, signed by a CA in FILE.</source>
        <translation>TLS 客户端：信任 FILE（PEM）中的 CA，而不是系统的 CA。TLS 服务器：要求客户端证书，且须由 FILE 中的 CA 签发。</translation>
    </message>
    <message>
        <source>TLS: the certificate in FILE (PEM), with --key: the client&apos;s own, or the server&apos;s.</source>
        <translation>TLS：FILE（PEM）中的证书，与 --key 一起使用：客户端自己的证书，或服务器的证书。</translation>
    </message>
    <message>
        <source>TLS: the private key of --cert in FILE (PEM). The passphrase of an encrypted key is read from the environment variable %1.</source>
        <translation>TLS：--cert 的私钥，位于 FILE（PEM）中。加密密钥的口令从环境变量 %1 读取。</translation>
    </message>
    <message>
        <source>TLS client: continue despite the server certificate&apos;s problems (expired, self-signed, another name…), each said on stderr as a warning.</source>
        <translation>TLS 客户端：即使服务器证书有问题（过期、自签名、名称不符…）也继续，每个问题作为警告输出到 stderr。</translation>
    </message>
    <message>
        <source>TLS server: a certificate for NAME, made on the spot (implies --tls); its SHA-256 fingerprint, on stderr, is what clients check.</source>
        <translation>TLS 服务器：为 NAME 当场生成证书（隐含 --tls）；其 SHA-256 指纹会输出到 stderr，供客户端核对。</translation>
    </message>
    <message>
        <source>TLS: the oldest version accepted, 1.2 (default) or 1.3.</source>
        <translation>TLS：可接受的最低版本，1.2（默认）或 1.3。</translation>
    </message>
    <message>
        <source>%1 needs --tcp-client or --tcp-server: TLS runs over TCP only</source>
        <translation>%1 需要 --tcp-client 或 --tcp-server：TLS 只能在 TCP 上运行</translation>
    </message>
    <message>
        <source>--self-signed makes a server&apos;s certificate: it needs --tcp-server (a client may give --cert and --key)</source>
        <translation>--self-signed 生成的是服务器的证书：它需要 --tcp-server（客户端可以用 --cert 和 --key）</translation>
    </message>
    <message>
        <source>--sni is for --tcp-client: a server answers with its one certificate</source>
        <translation>--sni 用于 --tcp-client：服务器只用它唯一的证书应答</translation>
    </message>
    <message>
        <source>--insecure is for --tcp-client: a server checks client certificates only with --ca</source>
        <translation>--insecure 用于 --tcp-client：服务器只在指定 --ca 时检查客户端证书</translation>
    </message>
    <message>
        <source>%1 needs --tls (or --self-signed NAME)</source>
        <translation>%1 需要 --tls（或 --self-signed NAME）</translation>
    </message>
    <message>
        <source>%1 needs --tls</source>
        <translation>%1 需要 --tls</translation>
    </message>
    <message>
        <source>--key: the key %1 is protected by a passphrase: set the environment variable %2 to it</source>
        <translation>--key：密钥 %1 受口令保护：请把环境变量 %2 设为该口令</translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandTree</name>
    <message>
        <source>hex: %1</source>
        <translation>十六进制：%1</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>line ending: %1</source>
        <translation>行尾：%1</translation>
    </message>
    <message>
        <source>checksum: %1</source>
        <translation>校验和：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Group %1, %n command(s)</source>
        <translation>
            <numerusform>分组 %1，%n 条命令</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Command library</source>
        <translation>命令库</translation>
    </message>
    <message>
        <source>Command library columns</source>
        <translation>命令库列</translation>
    </message>
    <message>
        <source>Enter sends the selected command, F2 edits it, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>Enter 发送选中的命令，F2 编辑，Delete 删除，Alt+Up 和 Alt+Down 移动</translation>
    </message>
</context>
<context>
    <name>Sockpit::CountersBar</name>
    <message>
        <source>    %1 old entries left the log view (the capture file keeps everything)</source>
        <translation>    %1 条旧记录已移出日志视图（抓取文件保留全部数据）</translation>
    </message>
    <message>
        <source>Reset counters</source>
        <translation>计数清零</translation>
    </message>
    <message>
        <source>Set the byte and chunk counters back to zero</source>
        <translation>把字节数和段数计数归零</translation>
    </message>
    <message>
        <source>Traffic counters</source>
        <translation>流量计数</translation>
    </message>
    <message>
        <source>Bad frames: %1</source>
        <translation>错误帧：%1</translation>
    </message>
    <message>
        <source>Received frames whose checksum did not match</source>
        <translation>校验和不匹配的接收帧</translation>
    </message>
    <message>
        <source>RX %1 bytes / %2 frames    TX %3 bytes / %4 datagrams</source>
        <translation>接收 %1 字节 / %2 帧    发送 %3 字节 / %4 个数据报</translation>
    </message>
    <message>
        <source>RX %1 bytes / %2 frames    TX %3 bytes / %4 sends</source>
        <translation>接收 %1 字节 / %2 帧    发送 %3 字节 / %4 次</translation>
    </message>
    <message>
        <source>Rate chart</source>
        <translation>速率图</translation>
    </message>
    <message>
        <source>Show received and sent bytes per second over the last minutes (Ctrl+Shift+R)</source>
        <translation>显示最近几分钟内每秒接收和发送的字节数（Ctrl+Shift+R）</translation>
    </message>
</context>
<context>
    <name>Sockpit::DelimiterText</name>
    <message>
        <source>type a delimiter, e.g. \r\n or 0x03</source>
        <translation>输入分隔符，如 \r\n 或 0x03</translation>
    </message>
    <message>
        <source>delimiter %1 is empty: remove the extra &apos;|&apos;</source>
        <translation>第 %1 个分隔符为空：请删除多余的“|”</translation>
    </message>
    <message>
        <source>delimiter %1: %2</source>
        <translation>第 %1 个分隔符：%2</translation>
    </message>
    <message>
        <source>delimiter %1 has no bytes</source>
        <translation>第 %1 个分隔符没有字节</translation>
    </message>
</context>
<context>
    <name>Sockpit::EncodingSelector</name>
    <message>
        <source>Encoding of received and sent text. GBK and GB18030 suit Chinese devices; Hex shows and sends raw bytes. Another encoding name may be typed.</source>
        <translation>收发文本使用的编码。中文设备常用 GBK 和 GB18030；Hex 以十六进制显示和发送原始字节。也可以输入其他编码名。</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Encoding name</source>
        <translation>编码名称</translation>
    </message>
</context>
<context>
    <name>Sockpit::EndpointParser</name>
    <message>
        <source>host name &apos;%1&apos; is longer than 253 characters</source>
        <translation>主机名“%1”超过 253 个字符</translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; has an empty part between dots</source>
        <translation>主机名“%1”的两个点之间是空的</translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; has a part longer than 63 characters</source>
        <translation>主机名“%1”有一段超过 63 个字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: &apos;%2&apos; is not allowed</source>
        <translation>“%1”不是有效的主机名：不允许使用“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: a part starts or ends with &apos;-&apos;</source>
        <translation>“%1”不是有效的主机名：某一段以“-”开头或结尾</translation>
    </message>
    <message>
        <source>the port is empty</source>
        <translation>端口为空</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>端口“%1”不是数字</translation>
    </message>
    <message>
        <source>port %1 is out of range 0–65535</source>
        <translation>端口 %1 超出范围 0–65535</translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation>端口 %1 超出范围 1–65535</translation>
    </message>
    <message>
        <source>the host is empty</source>
        <translation>主机为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: it needs four numbers separated by dots</source>
        <translation>“%1”不是 IPv4 地址：需要用点分隔的四个数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: a number is missing</source>
        <translation>“%1”不是 IPv4 地址：缺少一个数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: %2 is over 255</source>
        <translation>“%1”不是 IPv4 地址：%2 大于 255</translation>
    </message>
    <message>
        <source>the address is empty; expected HOST:PORT</source>
        <translation>地址为空；应为 主机:端口</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has &apos;[&apos; without a closing &apos;]&apos;</source>
        <translation>“%1”中的“[”缺少对应的“]”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>“%1”在“]”之后需要“:端口”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; expected HOST:PORT</source>
        <translation>“%1”没有端口；应为 主机:端口</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: write an IPv6 address as [ADDRESS]:PORT</source>
        <translation>“%1”有歧义：IPv6 地址请写成 [地址]:端口</translation>
    </message>
    <message>
        <source>the address is empty; expected [HOST:]PORT</source>
        <translation>地址为空；应为 [主机:]端口</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [ADDRESS]:PORT</source>
        <translation>“%1”不是 [地址]:端口 的形式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a host name; binding needs a local IP address</source>
        <translation>“%1”是主机名；绑定需要本机的 IP 地址</translation>
    </message>
    <message>
        <source>the groups and colons do not form an address</source>
        <translation>各段和冒号组不成一个地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address: %2</source>
        <translation>“%1”不是 IPv6 地址：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address: its brackets do not pair</source>
        <translation>“%1”不是 IPv6 地址：方括号不成对</translation>
    </message>
</context>
<context>
    <name>Sockpit::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Sockpit::FrameMatch</name>
    <message>
        <source>hex pattern: &apos;%1&apos; at column %2 is not a hex digit or ??</source>
        <translation>十六进制模式：第 %2 列的“%1”不是十六进制数字或 ??</translation>
    </message>
    <message>
        <source>hex pattern is empty</source>
        <translation>十六进制模式为空</translation>
    </message>
    <message>
        <source>hex pattern: an odd number of digits (%1)</source>
        <translation>十六进制模式：数字个数为奇数（%1）</translation>
    </message>
    <message>
        <source>hex pattern: &apos;%1&apos; mixes a digit and ?; a wildcard is ??</source>
        <translation>十六进制模式：“%1”混用了数字和 ?；通配符应为 ??</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (exact, starts-with, contains, regex, hex or any)</source>
        <translation>未知的匹配方式“%1”（exact、starts-with、contains、regex、hex 或 any）</translation>
    </message>
    <message>
        <source>Is exactly</source>
        <translation>完全等于</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation>十六进制模式</translation>
    </message>
    <message>
        <source>Any frame</source>
        <translation>任意帧</translation>
    </message>
    <message>
        <source>&quot;match&quot; is missing or not a string</source>
        <translation>&quot;match&quot; 缺失或不是字符串</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is missing or not a string</source>
        <translation>&quot;pattern&quot; 缺失或不是字符串</translation>
    </message>
    <message>
        <source>&quot;ignoreCase&quot; must be true or false</source>
        <translation>&quot;ignoreCase&quot; 必须为 true 或 false</translation>
    </message>
    <message>
        <source>the pattern is empty</source>
        <translation>模式为空</translation>
    </message>
    <message>
        <source>regular expression: %1 at offset %2</source>
        <translation>正则表达式：%1（偏移 %2）</translation>
    </message>
</context>
<context>
    <name>Sockpit::FramingBar</name>
    <message>
        <source>%1 — still in use: %2</source>
        <translation>%1 — 仍在使用：%2</translation>
    </message>
    <message>
        <source>%1 This is the default.</source>
        <translation>%1这是默认设置。</translation>
    </message>
    <message>
        <source>%1 A datagram always ends a frame.</source>
        <translation>%1一个数据报总会结束一帧。</translation>
    </message>
    <message>
        <source>Fr&amp;aming:</source>
        <translation>分帧(&amp;A)：</translation>
    </message>
    <message>
        <source>Per read</source>
        <translation>按读取</translation>
    </message>
    <message>
        <source>Idle gap</source>
        <translation>空闲间隔</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation>固定长度</translation>
    </message>
    <message>
        <source>Length field</source>
        <translation>长度字段</translation>
    </message>
    <message>
        <source>How received bytes become log rows (frames). The default, an idle gap of %1 ms, shows a reply a slow device writes byte by byte as one row</source>
        <translation>收到的字节如何分成日志行（帧）。默认按 %1 ms 空闲间隔分帧，慢速设备逐字节写出的回复也会显示为一行</translation>
    </message>
    <message>
        <source>Receive framing</source>
        <translation>接收分帧</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show the settings of the framing and of the checksum check</source>
        <translation>显示分帧和校验的设置</translation>
    </message>
    <message>
        <source>Framing details</source>
        <translation>分帧详情</translation>
    </message>
    <message>
        <source>&amp;Verify:</source>
        <translation>校验(&amp;V)：</translation>
    </message>
    <message>
        <source>No checksum</source>
        <translation>无校验</translation>
    </message>
    <message>
        <source>Check the last bytes of every received frame against this checksum: ✓ or ✗ on the row, bad frames counted</source>
        <translation>用此校验和检查每个接收帧末尾的字节：在行上标记 ✓ 或 ✗，并统计错误帧</translation>
    </message>
    <message>
        <source>Checksum to verify on received frames</source>
        <translation>接收帧要校验的校验和</translation>
    </message>
</context>
<context>
    <name>Sockpit::FramingDetails</name>
    <message>
        <source>Every read from the socket (every datagram) is a row, as it arrived.</source>
        <translation>每次从套接字读取的数据（每个数据报）按到达时的原样显示为一行。</translation>
    </message>
    <message>
        <source>&amp;Gap:</source>
        <translation>间隔(&amp;G)：</translation>
    </message>
    <message>
        <source>A frame ends when no byte has come for this long</source>
        <translation>超过此时长没有收到字节，则一帧结束</translation>
    </message>
    <message>
        <source>Idle gap in milliseconds</source>
        <translation>空闲间隔（毫秒）</translation>
    </message>
    <message>
        <source>&amp;Delimiters:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>\r\n or 0x03</source>
        <translation>\r\n 或 0x03</translation>
    </message>
    <message>
        <source>Text with escapes (\r\n, END) or hex starting with 0x (0x03, 0x0D 0x0A); separate several with |</source>
        <translation>带转义的文本（\r\n、END）或以 0x 开头的十六进制（0x03、0x0D 0x0A）；多个分隔符用 | 分开</translation>
    </message>
    <message>
        <source>Frame delimiters</source>
        <translation>帧分隔符</translation>
    </message>
    <message>
        <source>&amp;Keep delimiter</source>
        <translation>保留分隔符(&amp;K)</translation>
    </message>
    <message>
        <source>Show the delimiter at the end of each frame, or strip it</source>
        <translation>在每帧末尾显示分隔符，或将其去掉</translation>
    </message>
    <message>
        <source>Frame len&amp;gth:</source>
        <translation>帧长度(&amp;G)：</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Fixed frame length in bytes</source>
        <translation>固定帧长度（字节）</translation>
    </message>
    <message>
        <source>Length field at &amp;offset:</source>
        <translation>长度字段偏移(&amp;O)：</translation>
    </message>
    <message>
        <source>Length field offset in bytes</source>
        <translation>长度字段偏移（字节）</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>2 bytes</source>
        <translation>2 字节</translation>
    </message>
    <message>
        <source>4 bytes</source>
        <translation>4 字节</translation>
    </message>
    <message>
        <source>Length field width</source>
        <translation>长度字段宽度</translation>
    </message>
    <message>
        <source>Big endian</source>
        <translation>大端</translation>
    </message>
    <message>
        <source>Little endian</source>
        <translation>小端</translation>
    </message>
    <message>
        <source>Length field byte order</source>
        <translation>长度字段字节序</translation>
    </message>
    <message>
        <source>Co&amp;unts:</source>
        <translation>计数范围(&amp;U)：</translation>
    </message>
    <message>
        <source>the bytes after the field</source>
        <translation>字段之后的字节</translation>
    </message>
    <message>
        <source>the whole frame</source>
        <translation>整个帧</translation>
    </message>
    <message>
        <source>What the length field counts</source>
        <translation>长度字段的计数范围</translation>
    </message>
    <message>
        <source>&amp;Adjust:</source>
        <translation>调整(&amp;A)：</translation>
    </message>
    <message>
        <source>Added to the length field&apos;s value, e.g. 2 for a CRC after the payload</source>
        <translation>加到长度字段的值上，例如载荷后有 CRC 时填 2</translation>
    </message>
    <message>
        <source>Length adjustment in bytes</source>
        <translation>长度调整值（字节）</translation>
    </message>
    <message>
        <source>&amp;Max frame:</source>
        <translation>最大帧长(&amp;M)：</translation>
    </message>
    <message>
        <source>A longer frame is cut here and marked; the rest follows as further frames</source>
        <translation>超过此长度的帧在此处截断并标记；其余部分作为后续帧</translation>
    </message>
    <message>
        <source>Maximum frame size in bytes</source>
        <translation>最大帧长（字节）</translation>
    </message>
    <message>
        <source>Checksum b&amp;yte order:</source>
        <translation>校验和字节序(&amp;Y)：</translation>
    </message>
    <message>
        <source>Received checksum byte order</source>
        <translation>接收校验和的字节序</translation>
    </message>
    <message>
        <source>Skip first:</source>
        <translation>跳过开头：</translation>
    </message>
    <message>
        <source>Bytes at the start of a frame the checksum leaves out, e.g. a start byte</source>
        <translation>帧开头不参与校验和计算的字节数，例如起始字节</translation>
    </message>
    <message>
        <source>Bytes at the start the checksum skips</source>
        <translation>校验和跳过的开头字节数</translation>
    </message>
    <message>
        <source>Skip before checksum:</source>
        <translation>跳过校验和前：</translation>
    </message>
    <message>
        <source>Bytes just before the checksum that it leaves out</source>
        <translation>紧挨校验和之前、不参与计算的字节数</translation>
    </message>
    <message>
        <source>Bytes before the checksum it skips</source>
        <translation>校验和之前跳过的字节数</translation>
    </message>
    <message>
        <source>Lo&amp;ngest frame:</source>
        <translation>最长一帧(&amp;N)：</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>A frame still getting bytes ends once it has lasted this long, so a stream that never pauses still shows. Auto: 1 s, or ten gaps when that is longer</source>
        <translation>仍在收到字节的一帧持续这么久即结束，这样从不停顿的数据流也能显示出来。自动：1 秒，若十个间隔更长则取十个间隔</translation>
    </message>
    <message>
        <source>Longest frame time in milliseconds</source>
        <translation>一帧最长持续时间（毫秒）</translation>
    </message>
</context>
<context>
    <name>Sockpit::FramingSpec</name>
    <message>
        <source>write read, gap:MS, delim:HEX[,HEX…], fixed:N or length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]</source>
        <translation>请写 read、gap:MS、delim:HEX[,HEX…]、fixed:N 或 length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]</translation>
    </message>
    <message>
        <source>an idle gap of %1 ms cannot end a frame: give at least 1 ms</source>
        <translation>%1 ms 的空闲间隔无法结束帧：至少设为 1 ms</translation>
    </message>
    <message>
        <source>an idle gap of %1 ms is too long: at most %2 ms</source>
        <translation>空闲间隔 %1 ms 太长：最多 %2 ms</translation>
    </message>
    <message>
        <source>a maximum frame size of %1 bytes cannot hold a frame: give at least 1 byte</source>
        <translation>最大帧长 %1 字节容纳不下任何帧：至少设为 1 字节</translation>
    </message>
    <message>
        <source>a maximum frame size of %1 bytes is too large: at most %2 bytes</source>
        <translation>最大帧长 %1 字节太大：最多 %2 字节</translation>
    </message>
    <message>
        <source>fixed frames of %1 bytes are impossible: give at least 1 byte</source>
        <translation>固定帧长不能为 %1 字节：至少设为 1 字节</translation>
    </message>
    <message>
        <source>fixed frames of %1 bytes are longer than the maximum frame size of %2 bytes (raise it with ;max:BYTES)</source>
        <translation>固定帧长 %1 字节超过最大帧长 %2 字节（可用 ;max:BYTES 调大）</translation>
    </message>
    <message>
        <source>delimiter framing needs at least one delimiter</source>
        <translation>分隔符分帧至少需要一个分隔符</translation>
    </message>
    <message>
        <source>%1 delimiters are too many: at most %2</source>
        <translation>分隔符太多（%1 个）：最多 %2 个</translation>
    </message>
    <message>
        <source>delimiter %1 is empty</source>
        <translation>第 %1 个分隔符为空</translation>
    </message>
    <message>
        <source>delimiter %1 is %2 bytes long: at most %3 bytes</source>
        <translation>第 %1 个分隔符长 %2 字节：最多 %3 字节</translation>
    </message>
    <message>
        <source>delimiter %1 is longer than the maximum frame size of %2 bytes</source>
        <translation>第 %1 个分隔符超过最大帧长 %2 字节</translation>
    </message>
    <message>
        <source>the length field cannot start at a negative offset (%1)</source>
        <translation>长度字段不能从负偏移（%1）开始</translation>
    </message>
    <message>
        <source>a length field of %1 bytes is not supported: the width is 1, 2 or 4</source>
        <translation>不支持 %1 字节的长度字段：宽度只能是 1、2 或 4</translation>
    </message>
    <message>
        <source>the length field (offset %1, %2 bytes) ends past the maximum frame size of %3 bytes</source>
        <translation>长度字段（偏移 %1，%2 字节）超出了最大帧长 %3 字节</translation>
    </message>
    <message>
        <source>a length adjustment of %1 is absurd: at most ±%2</source>
        <translation>长度调整值 %1 不合理：最多 ±%2</translation>
    </message>
    <message>
        <source>gap needs a time in milliseconds, e.g. gap:50</source>
        <translation>gap 需要以毫秒为单位的时间，如 gap:50</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an idle gap in milliseconds</source>
        <translation>“%1”不是以毫秒为单位的空闲间隔</translation>
    </message>
    <message>
        <source>delim needs at least one delimiter in hex, e.g. delim:0D0A or delim:0x03</source>
        <translation>delim 至少需要一个十六进制分隔符，如 delim:0D0A 或 delim:0x03</translation>
    </message>
    <message>
        <source>delimiter %1 (&apos;%2&apos;): %3</source>
        <translation>第 %1 个分隔符（“%2”）：%3</translation>
    </message>
    <message>
        <source>delimiter %1 is empty: write its bytes in hex, e.g. 0D0A</source>
        <translation>第 %1 个分隔符为空：请用十六进制写出其字节，如 0D0A</translation>
    </message>
    <message>
        <source>fixed needs a frame length in bytes, e.g. fixed:8</source>
        <translation>fixed 需要以字节为单位的帧长度，如 fixed:8</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a frame length in bytes</source>
        <translation>“%1”不是以字节为单位的帧长度</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither payload, whole nor a length adjustment</source>
        <translation>“%1”既不是 payload、whole，也不是长度调整值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a length adjustment (a number of bytes, e.g. 2 or -2)</source>
        <translation>“%1”不是长度调整值（应为字节数，如 2 或 -2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; after the length field is one field too many</source>
        <translation>长度字段参数之后的“%1”是多余的一项</translation>
    </message>
    <message>
        <source>length needs OFFSET,WIDTH,be|le[,payload|whole][,ADJUST], e.g. length:0,2,be</source>
        <translation>length 需要 OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]，如 length:0,2,be</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offset for the length field</source>
        <translation>“%1”不是有效的长度字段偏移</translation>
    </message>
    <message>
        <source>a length field at offset %1 is past any frame: at most %2</source>
        <translation>偏移 %1 处的长度字段超出了任何帧的范围：最多 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a width for the length field: 1, 2 or 4</source>
        <translation>“%1”不是有效的长度字段宽度：应为 1、2 或 4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a byte order for the length field: write be or le</source>
        <translation>“%1”不是有效的长度字段字节序：请写 be 或 le</translation>
    </message>
    <message>
        <source>no framing given: %1</source>
        <translation>未指定分帧方式：%1</translation>
    </message>
    <message>
        <source>read takes no value (&apos;%1&apos;)</source>
        <translation>read 不带参数（“%1”）</translation>
    </message>
    <message>
        <source>unknown framing &apos;%1&apos;: %2</source>
        <translation>未知的分帧方式“%1”：%2</translation>
    </message>
    <message>
        <source>;strip applies to delim framing only</source>
        <translation>;strip 只适用于 delim 分帧</translation>
    </message>
    <message>
        <source>;strip takes no value (&apos;%1&apos;)</source>
        <translation>;strip 不带参数（“%1”）</translation>
    </message>
    <message>
        <source>;max needs a size in bytes, e.g. ;max:65536</source>
        <translation>;max 需要以字节为单位的长度，如 ;max:65536</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a maximum frame size in bytes</source>
        <translation>“%1”不是以字节为单位的最大帧长</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>大端</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>小端</translation>
    </message>
    <message>
        <source>the whole frame</source>
        <translation>整个帧</translation>
    </message>
    <message>
        <source>the bytes after it</source>
        <translation>其后的字节</translation>
    </message>
    <message>
        <source>A %1-byte %2 length at offset %3 counts %4.</source>
        <translation>偏移 %3 处为 %1 字节%2长度，计数范围为%4。</translation>
    </message>
    <message>
        <source>A %1-byte %2 length at offset %3, adjusted by %4, counts %5.</source>
        <translation>偏移 %3 处为 %1 字节%2长度，调整 %4，计数范围为%5。</translation>
    </message>
    <message>
        <source>unknown framing mode</source>
        <translation>未知的分帧方式</translation>
    </message>
    <message>
        <source>Every read (every datagram) is a frame.</source>
        <translation>每次读取（每个数据报）为一帧。</translation>
    </message>
    <message>
        <source>A frame ends with %1, kept at its end.</source>
        <translation>帧以 %1 结尾，分隔符保留在帧末尾。</translation>
    </message>
    <message>
        <source>A frame ends with %1, removed from it.</source>
        <translation>帧以 %1 结尾，分隔符从帧中去掉。</translation>
    </message>
    <message>
        <source>Every frame is %1 bytes long.</source>
        <translation>每帧固定 %1 字节。</translation>
    </message>
    <message>
        <source>Frames are cut at %1 bytes.</source>
        <translation>帧在 %1 字节处截断。</translation>
    </message>
    <message>
        <source>a frame time of %1 ms is too long: at most %2 ms</source>
        <translation>帧持续时间 %1 ms 太长：最多 %2 ms</translation>
    </message>
    <message>
        <source>;time applies to gap framing only</source>
        <translation>;time 只适用于 gap 分帧</translation>
    </message>
    <message>
        <source>&apos;;time&apos; needs the longest a frame lasts in milliseconds, e.g. ;time:1000</source>
        <translation>“;time”需要一帧最长持续的毫秒数，例如 ;time:1000</translation>
    </message>
    <message>
        <source>an empty option after &apos;;&apos;: write ;max:BYTES, for gap ;time:MS or, for delim, ;strip</source>
        <translation>“;”后的选项为空：请写 ;max:BYTES，gap 分帧还可写 ;time:MS，delim 分帧还可写 ;strip</translation>
    </message>
    <message>
        <source>&apos;;%1&apos; is not a framing option: write ;max:BYTES, for gap ;time:MS or, for delim, ;strip</source>
        <translation>“;%1”不是分帧选项：请写 ;max:BYTES，gap 分帧还可写 ;time:MS，delim 分帧还可写 ;strip</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>A frame ends after %1 ms of silence or after %2.</source>
        <translation>%1 ms 内没有新字节或持续 %2后，一帧结束。</translation>
    </message>
    <message>
        <source>a frame that lasts at most %1 ms cannot wait for an idle gap of %2 ms: make the longest frame time at least the gap</source>
        <translation>最长只持续 %1 ms 的帧等不到 %2 ms 的空闲间隔：请把最长帧时间设为不小于间隔</translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessFrames</name>
    <message numerus="yes">
        <source>%n frame(s) had a bad checksum</source>
        <translation>
            <numerusform>%n 帧校验和错误</numerusform>
        </translation>
    </message>
    <message>
        <source>frame %1 from %2 [%3 B]</source>
        <translation>来自 %2 的第 %1 帧 [%3 B]</translation>
    </message>
    <message>
        <source>%1: incomplete, its stream ended first</source>
        <translation>%1：不完整，数据流先结束了</translation>
    </message>
    <message>
        <source>%1: cut at the maximum size</source>
        <translation>%1：在最大长度处截断</translation>
    </message>
    <message>
        <source>%1: too short to hold its %2</source>
        <translation>%1：长度不足以容纳 %2</translation>
    </message>
    <message>
        <source>%1: bad %2, expected %3, received %4</source>
        <translation>%1：%2 错误，应为 %3，实收 %4</translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessResponder</name>
    <message>
        <source>%1 answered %2 [%3 B]</source>
        <translation>%1 已应答 %2 [%3 B]</translation>
    </message>
    <message>
        <source>%1 closes the connection to %2</source>
        <translation>%1 关闭了与 %2 的连接</translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessRunner</name>
    <message>
        <source>--headless needs --tcp-client, --tcp-server or --udp</source>
        <translation>--headless 需要配合 --tcp-client、--tcp-server 或 --udp</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 已连接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>datagram from %1, %n byte(s)</source>
        <translation>
            <numerusform>来自 %1 的数据报，%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>stdout: %1</source>
        <translation>标准输出：%1</translation>
    </message>
    <message>
        <source>stdin: %1</source>
        <translation>标准输入：%1</translation>
    </message>
    <message>
        <source>stdin is not valid UTF-8 at byte %1; sent as U+FFFD — use --raw to send bytes unchanged</source>
        <translation>标准输入在第 %1 字节处不是有效的 UTF-8；已作为 U+FFFD 发送——使用 --raw 可按原样发送字节</translation>
    </message>
    <message numerus="yes">
        <source>(the message above repeated %Ln more time(s))</source>
        <translation>
            <numerusform>（上面的消息又重复了 %Ln 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>stdin ended: TLS has no half-close, so the connection stays open for the server&apos;s answers until the server closes it (Ctrl+C ends the run)</source>
        <translation>标准输入已结束：TLS 不能半关闭，因此连接保持打开以接收服务器的应答，直到服务器关闭它（按 Ctrl+C 结束运行）</translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessSequence</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 已连接</translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation>连接已结束：%1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>sequence &quot;%1&quot;: %2 passed, %3 failed, %4 timed out, %5 skipped in %6 s</source>
        <translation>序列“%1”：%2 个通过，%3 个失败，%4 个超时，%5 个跳过，用时 %6 秒</translation>
    </message>
    <message>
        <source>--junit: %1</source>
        <translation>--junit：%1</translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessTls</name>
    <message>
        <source>%1: the connection ended before the TLS handshake was done</source>
        <translation>%1：连接在 TLS 握手完成前就结束了</translation>
    </message>
    <message>
        <source>to connect despite its problems: --insecure (each is then said as a warning), or --ca with the CA file that vouches for it, or --sni with a name it is for</source>
        <translation>若要忽略其问题继续连接：使用 --insecure（每个问题会作为警告输出），或用 --ca 指定为它担保的 CA 文件，或用 --sni 指定它所属的名称</translation>
    </message>
</context>
<context>
    <name>Sockpit::InputChunker</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Sockpit::IpCalc</name>
    <message>
        <source>the prefix after &apos;/&apos; is missing</source>
        <translation>“/”后面缺少前缀长度</translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; is not a number (expected 0–%2)</source>
        <translation>前缀“%1”不是数字（应为 0–%2）</translation>
    </message>
    <message>
        <source>prefix /%1 is over 32: an IPv4 prefix is 0–32</source>
        <translation>前缀 /%1 超过了 32：IPv4 前缀是 0–32</translation>
    </message>
    <message>
        <source>prefix /%1 is over 128: an IPv6 prefix is 0–128</source>
        <translation>前缀 /%1 超过了 128：IPv6 前缀是 0–128</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: %2</source>
        <translation>“%1”不是 IPv4 地址：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: %2</source>
        <translation>“%1”不是子网掩码：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: its 1 bits must come first; it looks like a wildcard mask, the inverse of %2 (/%3)</source>
        <translation>“%1”不是子网掩码：1 位必须在前；它像是通配符掩码，即 %2（/%3）的反码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: its 1 bits are not contiguous (%2)</source>
        <translation>“%1”不是子网掩码：它的 1 位不连续（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address: %2</source>
        <translation>“%1”不是 IPv6 地址：%2</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>地址为空</translation>
    </message>
    <message>
        <source>the address is empty: type an IPv4 or IPv6 address, e.g. 192.168.1.10/24 or 2001:db8::1/64</source>
        <translation>地址为空：请输入 IPv4 或 IPv6 地址，例如 192.168.1.10/24 或 2001:db8::1/64</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>“%2”后面多出了“%1”</translation>
    </message>
    <message>
        <source>an IPv6 address takes a prefix length (/0–/128), not a dotted mask</source>
        <translation>IPv6 地址要用前缀长度（/0–/128），不能用点分掩码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: type an IPv4 address (192.168.1.10) or an IPv6 address (2001:db8::1); host names are not looked up here</source>
        <translation>“%1”不是 IP 地址：请输入 IPv4 地址（192.168.1.10）或 IPv6 地址（2001:db8::1）；这里不解析主机名</translation>
    </message>
    <message>
        <source>subnets of /%1 would be larger than the /%2 network; choose a prefix from /%2 to /%3</source>
        <translation>/%1 的子网比 /%2 的网络还大；请选择 /%2 到 /%3 之间的前缀</translation>
    </message>
    <message>
        <source>a /%1 network has %2 host bits, so it splits into at most 2^%2 subnets</source>
        <translation>/%1 的网络有 %2 个主机位，最多只能划分成 2^%2 个子网</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: one &apos;/&apos; or space goes between the address and its prefix</source>
        <translation>多余的“%1”：地址和前缀之间只放一个“/”或空格</translation>
    </message>
    <message>
        <source>the address before the prefix is missing, e.g. 192.168.1.0/24</source>
        <translation>前缀前面缺少地址，例如 192.168.1.0/24</translation>
    </message>
    <message>
        <source>the zone goes inside the brackets: [%1%2]</source>
        <translation>区域要写在方括号里：[%1%2]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a port: the calculator takes an address and its prefix, e.g. %2/64</source>
        <translation>“%1”带有端口：计算器只接受地址和前缀，例如 %2/64</translation>
    </message>
</context>
<context>
    <name>Sockpit::IpCalcPanel</name>
    <message>
        <source>Property</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>第一个主机</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>第一个地址</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>最后一个主机</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>最后一个地址</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>192.168.1.10/24, 10.0.0.1 255.0.0.0 or 2001:db8::1/64</source>
        <translation>192.168.1.10/24、10.0.0.1 255.0.0.0 或 2001:db8::1/64</translation>
    </message>
    <message>
        <source>An IPv4 address with an optional /prefix or netmask, or an IPv6 address with an optional /prefix</source>
        <translation>IPv4 地址，可带 /前缀 或子网掩码；或 IPv6 地址，可带 /前缀</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Same subnet?</source>
        <translation>同一子网？</translation>
    </message>
    <message>
        <source>Second address (a gateway, say):</source>
        <translation>第二个地址（例如网关）：</translation>
    </message>
    <message>
        <source>192.168.1.1</source>
        <translation>192.168.1.1</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>子网划分</translation>
    </message>
    <message>
        <source>Split into 2^n subnets, n =</source>
        <translation>划分成 2^n 个子网，n =</translation>
    </message>
    <message>
        <source>Split into subnets of prefix /</source>
        <translation>划分成前缀为 / 的子网</translation>
    </message>
    <message>
        <source>Local interfaces</source>
        <translation>本机网卡</translation>
    </message>
    <message>
        <source>Click an address to put it into the calculator; click a gateway to check it against the address</source>
        <translation>点击地址把它填入计算器；点击网关检查它与该地址是否在同一网段</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>80</source>
        <translation>80</translation>
    </message>
    <message>
        <source>Type an address: 192.168.1.10/24, 192.168.1.10 255.255.255.0 or 2001:db8::1/64. Results follow as you type.</source>
        <translation>请输入地址：192.168.1.10/24、192.168.1.10 255.255.255.0 或 2001:db8::1/64。边输入边显示结果。</translation>
    </message>
    <message>
        <source>A /%1 is a single address: type a shorter prefix to split a network.</source>
        <translation>/%1 只有一个地址：输入更短的前缀才能划分网络。</translation>
    </message>
    <message>
        <source>Class %1 has no default mask: type a prefix to split a network.</source>
        <translation>%1 类没有默认掩码：输入前缀才能划分网络。</translation>
    </message>
    <message>
        <source>2^%1 = %2 subnets of /%3, usable hosts in each: %4</source>
        <translation>2^%1 = %2 个 /%3 子网，每个子网可用主机 %4 个</translation>
    </message>
    <message>
        <source>2^%1 = %2 subnets of /%3, addresses in each: 2^%4</source>
        <translation>2^%1 = %2 个 /%3 子网，每个子网 2^%4 个地址</translation>
    </message>
    <message>
        <source>(the list shows the first %1)</source>
        <translation>（列表只显示前 %1 个）</translation>
    </message>
    <message>
        <source>Type a second address to see whether it is on the same network: a default gateway must be.</source>
        <translation>输入第二个地址，看它是否在同一网段：默认网关必须在同一网段。</translation>
    </message>
    <message>
        <source>Type a valid address above first.</source>
        <translation>请先在上面输入有效的地址。</translation>
    </message>
    <message>
        <source>Type a port number 0–65535 to see its range and its usual service.</source>
        <translation>输入 0–65535 的端口号，查看它所属的范围和常见服务。</translation>
    </message>
    <message>
        <source>Common service: none known</source>
        <translation>常见服务：未知</translation>
    </message>
    <message>
        <source>Common service: %1</source>
        <translation>常见服务：%1</translation>
    </message>
    <message>
        <source>This system picks outgoing ports from %1–%2, so %3 may already be taken by a connection.</source>
        <translation>本机为外发连接分配 %1–%2 的端口，所以 %3 可能已被某个连接占用。</translation>
    </message>
    <message>
        <source>This system picks outgoing ports from %1–%2; %3 is outside that range.</source>
        <translation>本机为外发连接分配 %1–%2 的端口；%3 不在此范围内。</translation>
    </message>
    <message>
        <source>Interface / address</source>
        <translation>网卡 / 地址</translation>
    </message>
    <message>
        <source>State / kind</source>
        <translation>状态 / 类型</translation>
    </message>
    <message>
        <source>MAC / details</source>
        <translation>MAC / 详情</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>running</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>回环</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Click to put %1 into the calculator</source>
        <translation>点击把 %1 填入计算器</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>广播 %1</translation>
    </message>
    <message>
        <source>Click to check %1 against the calculator&apos;s address</source>
        <translation>点击检查 %1 与计算器中的地址是否在同一网段</translation>
    </message>
    <message>
        <source>default gateway</source>
        <translation>默认网关</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>跃点数 %1</translation>
    </message>
    <message>
        <source>No network interfaces found</source>
        <translation>没有找到网卡</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Sockpit::IpCalcReport</name>
    <message>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Leading bits</source>
        <translation>最高位</translation>
    </message>
    <message>
        <source>Class default mask</source>
        <translation>类别默认掩码</translation>
    </message>
    <message>
        <source>Network part (by class)</source>
        <translation>网络号（按类别）</translation>
    </message>
    <message>
        <source>Host part (by class)</source>
        <translation>主机号（按类别）</translation>
    </message>
    <message>
        <source>Class note</source>
        <translation>类别说明</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>地址范围</translation>
    </message>
    <message>
        <source>Range block</source>
        <translation>范围网段</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>私有地址</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>前缀长度</translation>
    </message>
    <message>
        <source>Prefix from</source>
        <translation>前缀来源</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>Wildcard mask</source>
        <translation>通配符掩码</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>Broadcast address</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>First usable host</source>
        <translation>第一个可用主机</translation>
    </message>
    <message>
        <source>Last usable host</source>
        <translation>最后一个可用主机</translation>
    </message>
    <message>
        <source>Usable hosts</source>
        <translation>可用主机数</translation>
    </message>
    <message>
        <source>Addresses in the network</source>
        <translation>网络中的地址数</translation>
    </message>
    <message>
        <source>This address is</source>
        <translation>此地址是</translation>
    </message>
    <message>
        <source>Binary (network|host)</source>
        <translation>二进制（网络|主机）</translation>
    </message>
    <message>
        <source>Netmask in binary</source>
        <translation>子网掩码二进制</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>32-bit integer</source>
        <translation>32 位整数</translation>
    </message>
    <message>
        <source>Expanded form</source>
        <translation>完整形式</translation>
    </message>
    <message>
        <source>Zone (scope id)</source>
        <translation>区域（作用域 ID）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type block</source>
        <translation>类型网段</translation>
    </message>
    <message>
        <source>Embedded IPv4 address</source>
        <translation>内嵌的 IPv4 地址</translation>
    </message>
    <message>
        <source>Multicast scope</source>
        <translation>多播范围</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>多播组</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>第一个地址</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>最后一个地址</translation>
    </message>
    <message>
        <source>Number of addresses</source>
        <translation>地址数</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>是，%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>输入的</translation>
    </message>
    <message>
        <source>the netmask %1</source>
        <translation>子网掩码 %1</translation>
    </message>
    <message>
        <source>none typed: class %1&apos;s default mask</source>
        <translation>未输入：%1 类的默认掩码</translation>
    </message>
    <message>
        <source>none typed: class %1 has no default mask, so one address</source>
        <translation>未输入：%1 类没有默认掩码，所以只算一个地址</translation>
    </message>
    <message>
        <source>none: a /31 is a point-to-point link (RFC 3021)</source>
        <translation>无：/31 是点对点链路（RFC 3021）</translation>
    </message>
    <message>
        <source>none: a /32 is a single address</source>
        <translation>无：/32 只有一个地址</translation>
    </message>
    <message>
        <source>%1 (both ends of a point-to-point link, RFC 3021)</source>
        <translation>%1（点对点链路的两端，RFC 3021）</translation>
    </message>
    <message>
        <source>%1 (a single host)</source>
        <translation>%1（单个主机）</translation>
    </message>
    <message>
        <source>%1 (2^%2 − 2: the network and broadcast addresses are not hosts)</source>
        <translation>%1（2^%2 − 2：网络地址和广播地址不能分给主机）</translation>
    </message>
    <message>
        <source>the network address: it names the network, no host may use it</source>
        <translation>网络地址：它代表整个网络，主机不能使用</translation>
    </message>
    <message>
        <source>the broadcast address: a packet to it reaches every host of the network</source>
        <translation>广播地址：发往它的数据包到达网络中的所有主机</translation>
    </message>
    <message>
        <source>a host address</source>
        <translation>主机地址</translation>
    </message>
    <message>
        <source>interface-local (1): loopback only</source>
        <translation>接口本地（1）：仅限回环</translation>
    </message>
    <message>
        <source>link-local (2): this link only, never routed</source>
        <translation>链路本地（2）：仅限本链路，不被路由</translation>
    </message>
    <message>
        <source>realm-local (3)</source>
        <translation>领域本地（3）</translation>
    </message>
    <message>
        <source>admin-local (4): configured by administrators</source>
        <translation>管理本地（4）：由管理员配置</translation>
    </message>
    <message>
        <source>site-local (5): one site</source>
        <translation>站点本地（5）：一个站点内</translation>
    </message>
    <message>
        <source>organization-local (8): one organization&apos;s sites</source>
        <translation>组织本地（8）：一个组织的各站点</translation>
    </message>
    <message>
        <source>global (14): the whole internet</source>
        <translation>全球（14）：整个互联网</translation>
    </message>
    <message>
        <source>reserved (%1)</source>
        <translation>保留（%1）</translation>
    </message>
    <message>
        <source>unassigned (%1)</source>
        <translation>未分配（%1）</translation>
    </message>
    <message>
        <source>transient (assigned dynamically)</source>
        <translation>临时（动态分配）</translation>
    </message>
    <message>
        <source>permanent (well-known, assigned by IANA)</source>
        <translation>永久（知名组，由 IANA 分配）</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>&quot;this network&quot; %1</source>
        <translation>“本网络” %1</translation>
    </message>
    <message>
        <source>private network %1</source>
        <translation>私有网络 %1</translation>
    </message>
    <message>
        <source>shared address space %1</source>
        <translation>共享地址空间 %1</translation>
    </message>
    <message>
        <source>loopback %1</source>
        <translation>回环 %1</translation>
    </message>
    <message>
        <source>link-local %1</source>
        <translation>链路本地 %1</translation>
    </message>
    <message>
        <source>documentation %1</source>
        <translation>文档专用 %1</translation>
    </message>
    <message>
        <source>benchmarking %1</source>
        <translation>基准测试 %1</translation>
    </message>
    <message>
        <source>local network multicast %1</source>
        <translation>本地网络多播 %1</translation>
    </message>
    <message>
        <source>multicast %1</source>
        <translation>多播 %1</translation>
    </message>
    <message>
        <source>reserved %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>limited broadcast</source>
        <translation>受限广播</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公网</translation>
    </message>
    <message>
        <source>usable hosts: %1</source>
        <translation>可用主机 %1 个</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>回环</translation>
    </message>
    <message>
        <source>IPv4-mapped %1</source>
        <translation>IPv4 映射 %1</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>文档专用</translation>
    </message>
    <message>
        <source>global unicast</source>
        <translation>全球单播</translation>
    </message>
    <message>
        <source>unique local (private)</source>
        <translation>唯一本地（私有）</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>链路本地</translation>
    </message>
    <message>
        <source>site-local (deprecated)</source>
        <translation>站点本地（已废弃）</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>多播</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>2^%1 addresses</source>
        <translation>2^%1 个地址</translation>
    </message>
    <message>
        <source>%1 and %2 are of different IP versions: they are never on the same network</source>
        <translation>%1 和 %2 的 IP 版本不同：它们不可能在同一网络</translation>
    </message>
    <message>
        <source>No: %1 is outside %2. %3 reaches it through its default gateway, and could not use it as the gateway.</source>
        <translation>否：%1 不在 %2 内。%3 要经过默认网关才能到达它，也不能把它用作网关。</translation>
    </message>
    <message>
        <source>Yes: it is the same address, %1.</source>
        <translation>是：它们是同一个地址 %1。</translation>
    </message>
    <message>
        <source>Yes, but %1 is the network address of %2: it names the network and is no host.</source>
        <translation>是，但 %1 是 %2 的网络地址：它代表整个网络，不是主机。</translation>
    </message>
    <message>
        <source>Yes, but %1 is the broadcast address of %2: it reaches every host and is no gateway.</source>
        <translation>是，但 %1 是 %2 的广播地址：它到达所有主机，不能做网关。</translation>
    </message>
    <message>
        <source>Yes: %1 is on %2 like %3. They reach each other directly, and %1 can be %3&apos;s default gateway.</source>
        <translation>是：%1 和 %3 都在 %2 内。它们可以直接通信，%1 可以做 %3 的默认网关。</translation>
    </message>
    <message>
        <source>%1 by the leading bit only: not a class A network (first octet %2)</source>
        <translation>仅从最高位看属于 %1 类：不是 A 类网络（首字节 %2）</translation>
    </message>
    <message>
        <source>%1, multicast (first octet %2)</source>
        <translation>%1 类，多播（多点广播）（首字节 %2）</translation>
    </message>
    <message>
        <source>%1, reserved (first octet %2)</source>
        <translation>%1 类，保留（首字节 %2）</translation>
    </message>
    <message>
        <source>%1 (first octet %2)</source>
        <translation>%1 类（首字节 %2）</translation>
    </message>
    <message>
        <source>none: a class D address names a multicast group, it has no network and host parts</source>
        <translation>无：D 类地址表示一个多播组，没有网络号和主机号</translation>
    </message>
    <message>
        <source>none: class E is reserved for experiments, it has no network and host parts</source>
        <translation>无：E 类保留用于实验，没有网络号和主机号</translation>
    </message>
    <message>
        <source>0.x.x.x means &quot;this network&quot;: its leading bit 0 is class A&apos;s, but it is not a class A network (those are 1–126)</source>
        <translation>0.x.x.x 表示“本网络”：最高位 0 属于 A 类，但它不是 A 类网络（A 类网络是 1–126）</translation>
    </message>
    <message>
        <source>127.x.x.x is loopback, this machine itself: its leading bit 0 is class A&apos;s, but it is not a class A network (those are 1–126)</source>
        <translation>127.x.x.x 是回环地址，即本机自己：最高位 0 属于 A 类，但它不是 A 类网络（A 类网络是 1–126）</translation>
    </message>
    <message>
        <source>&quot;this network&quot; (RFC 1122): only a source address while a host learns its own; 0.0.0.0 also means &quot;any address&quot; when listening</source>
        <translation>“本网络”（RFC 1122）：只在主机还不知道自己的地址时用作源地址；监听时 0.0.0.0 表示“任意地址”</translation>
    </message>
    <message>
        <source>private network (RFC 1918): for local networks, not routed on the internet</source>
        <translation>私有网络（RFC 1918）：用于局域网，不在互联网上路由</translation>
    </message>
    <message>
        <source>shared address space (RFC 6598): between a provider&apos;s carrier-grade NAT and its customers</source>
        <translation>共享地址空间（RFC 6598）：用于运营商级 NAT 与用户之间</translation>
    </message>
    <message>
        <source>loopback (RFC 1122): this machine itself; packets never leave it</source>
        <translation>回环（RFC 1122）：即本机自己；数据包不会离开本机</translation>
    </message>
    <message>
        <source>link-local (RFC 3927): self-assigned when no DHCP server answers; not routed</source>
        <translation>链路本地（RFC 3927）：没有 DHCP 服务器应答时自动分配；不被路由</translation>
    </message>
    <message>
        <source>documentation (RFC 5737): for examples in books and manuals, never used on a network</source>
        <translation>文档专用（RFC 5737）：用于书籍和手册中的示例，不在网络上使用</translation>
    </message>
    <message>
        <source>benchmarking (RFC 2544): for testing network equipment</source>
        <translation>基准测试（RFC 2544）：用于测试网络设备</translation>
    </message>
    <message>
        <source>local network control multicast (RFC 5771): never forwarded by routers (224.0.0.1 all hosts, 224.0.0.2 all routers)</source>
        <translation>本地网络控制多播（RFC 5771）：路由器从不转发（224.0.0.1 所有主机，224.0.0.2 所有路由器）</translation>
    </message>
    <message>
        <source>multicast (class D): one packet to a group of hosts</source>
        <translation>多播（D 类）：一个数据包发给一组主机</translation>
    </message>
    <message>
        <source>reserved (class E): for future use, not usable on networks</source>
        <translation>保留（E 类）：留作将来使用，不能在网络上使用</translation>
    </message>
    <message>
        <source>limited broadcast: every host on the local network; routers never forward it</source>
        <translation>受限广播：发给本地网络上的所有主机；路由器从不转发</translation>
    </message>
    <message>
        <source>public: a global internet address</source>
        <translation>公网：全球互联网地址</translation>
    </message>
    <message>
        <source>unspecified (::): no address yet; &quot;any address&quot; when listening</source>
        <translation>未指定（::）：还没有地址；监听时表示“任意地址”</translation>
    </message>
    <message>
        <source>loopback (::1): this machine itself</source>
        <translation>回环（::1）：即本机自己</translation>
    </message>
    <message>
        <source>IPv4-mapped (::ffff:0:0/96): an IPv4 address seen through an IPv6 socket</source>
        <translation>IPv4 映射（::ffff:0:0/96）：通过 IPv6 套接字看到的 IPv4 地址</translation>
    </message>
    <message>
        <source>documentation (2001:db8::/32, RFC 3849): for examples, never used on a network</source>
        <translation>文档专用（2001:db8::/32，RFC 3849）：用于示例，不在网络上使用</translation>
    </message>
    <message>
        <source>global unicast (2000::/3): a public internet address</source>
        <translation>全球单播（2000::/3）：公网地址</translation>
    </message>
    <message>
        <source>unique local (fc00::/7, RFC 4193): the private range of IPv6, not routed on the internet</source>
        <translation>唯一本地（fc00::/7，RFC 4193）：IPv6 的私有地址，不在互联网上路由</translation>
    </message>
    <message>
        <source>link-local (fe80::/10): valid only on one link; every IPv6 interface has one</source>
        <translation>链路本地（fe80::/10）：只在一条链路上有效；每个 IPv6 网卡都有一个</translation>
    </message>
    <message>
        <source>site-local (fec0::/10): deprecated by RFC 3879, replaced by unique local</source>
        <translation>站点本地（fec0::/10）：已被 RFC 3879 废弃，由唯一本地地址取代</translation>
    </message>
    <message>
        <source>multicast (ff00::/8): one packet to a group of hosts</source>
        <translation>多播（ff00::/8）：一个数据包发给一组主机</translation>
    </message>
    <message>
        <source>reserved by the IETF: not allocated for use</source>
        <translation>IETF 保留：尚未分配使用</translation>
    </message>
</context>
<context>
    <name>Sockpit::JUnitReport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot write: it is a folder</source>
        <translation>%1：无法写入：这是一个文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
</context>
<context>
    <name>Sockpit::JsonFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a JSON file of Sockpit&apos;s</source>
        <translation>%1：%2 字节，超出了 Sockpit JSON 文件的大小上限</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>Sockpit::Launch</name>
    <message>
        <source>receiving on %1</source>
        <translation>正在 %1 上接收</translation>
    </message>
    <message>
        <source>, group %1</source>
        <translation>，组 %1</translation>
    </message>
    <message>
        <source>TLS with %1</source>
        <translation>TLS 使用%1</translation>
    </message>
</context>
<context>
    <name>Sockpit::LibCrypto</name>
    <message>
        <source>cannot load OpenSSL&apos;s libcrypto (%1): %2</source>
        <translation>无法加载 OpenSSL 的 libcrypto（%1）：%2</translation>
    </message>
    <message>
        <source>%1 has no function %2: OpenSSL 3&apos;s libcrypto is needed</source>
        <translation>%1 中没有函数 %2：需要 OpenSSL 3 的 libcrypto</translation>
    </message>
</context>
<context>
    <name>Sockpit::LogLine</name>
    <message numerus="yes">
        <source> … (%n more byte(s))</source>
        <translation>
            <numerusform> …（还有 %n 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s))</source>
        <translation>
            <numerusform> …（还有 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1 B]</source>
        <translation>[%1 B]</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>cut at the maximum size</source>
        <translation>在最大长度处截断</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ expected %1, received %2</source>
        <translation>✗ 应为 %1，实收 %2</translation>
    </message>
    <message>
        <source>C→T</source>
        <translation>C→T</translation>
    </message>
    <message>
        <source>T→C</source>
        <translation>T→C</translation>
    </message>
    <message>
        <source>→C</source>
        <translation>→C</translation>
    </message>
    <message>
        <source>→T</source>
        <translation>→T</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>✗ too short for its %1</source>
        <translation>✗ 太短，放不下 %1</translation>
    </message>
</context>
<context>
    <name>Sockpit::MainWindow</name>
    <message>
        <source>About Sockpit</source>
        <translation>关于 Sockpit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sockpit %1&lt;/h3&gt;&lt;p&gt;A network debugging tool: TCP client, TCP server, UDP and an IP calculator, with GBK, UTF-8 and other encodings.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sockpit %1&lt;/h3&gt;&lt;p&gt;网络调试助手：TCP 客户端、TCP 服务器、UDP 和 IP 计算器，支持 GBK、UTF-8 等编码。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sockpit — network debugging tool</source>
        <translation>Sockpit — 网络调试助手</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>IP calculator</source>
        <translation>IP 计算器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation>保存日志(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Capture to file…</source>
        <translation>抓取到文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sockpit</source>
        <translation>关于 Sockpit(&amp;A)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
</context>
<context>
    <name>Sockpit::PcapngExport</name>
    <message>
        <source>cannot create the pcapng file &apos;%1&apos;: %2</source>
        <translation>无法创建 pcapng 文件“%1”：%2</translation>
    </message>
    <message>
        <source>writing the pcapng file &apos;%1&apos; failed: %2</source>
        <translation>写入 pcapng 文件“%1”失败：%2</translation>
    </message>
</context>
<context>
    <name>Sockpit::PcapngExportAction</name>
    <message>
        <source>&amp;Export as pcapng…</source>
        <translation>导出为 pcapng(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every entry of this tab&apos;s log to a pcapng file for Wireshark</source>
        <translation>把此标签页日志中的每条记录写入 pcapng 文件，供 Wireshark 使用</translation>
    </message>
    <message>
        <source>Export as pcapng</source>
        <translation>导出为 pcapng</translation>
    </message>
    <message>
        <source>pcapng files (*.pcapng);;All files (*)</source>
        <translation>pcapng 文件 (*.pcapng);;所有文件 (*)</translation>
    </message>
    <message>
        <source>this tab has no log to export</source>
        <translation>此标签页没有可导出的日志</translation>
    </message>
    <message>
        <source>Log exported as pcapng to %1</source>
        <translation>日志已导出为 pcapng：%1</translation>
    </message>
    <message>
        <source>Export as pcapng failed</source>
        <translation>导出为 pcapng 失败</translation>
    </message>
</context>
<context>
    <name>Sockpit::PcapngRecorder</name>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
</context>
<context>
    <name>Sockpit::PortInfo</name>
    <message>
        <source>well-known port (0–1023): kept for standard services; listening on it usually needs administrator rights</source>
        <translation>知名端口（0–1023）：留给标准服务；监听这些端口通常需要管理员权限</translation>
    </message>
    <message>
        <source>registered port (1024–49151): registered with IANA for applications; the tutorial calls every port from 1024 up dynamic</source>
        <translation>注册端口（1024–49151）：由应用程序向 IANA 注册；教程把 1024 及以上的端口都称为动态端口</translation>
    </message>
    <message>
        <source>dynamic or private port (49152–65535): free for temporary use; the tutorial calls every port from 1024 up dynamic</source>
        <translation>动态或私有端口（49152–65535）：供临时使用；教程把 1024 及以上的端口都称为动态端口</translation>
    </message>
    <message>
        <source>sends back what it receives</source>
        <translation>原样发回收到的数据</translation>
    </message>
    <message>
        <source>drops what it receives</source>
        <translation>丢弃收到的数据</translation>
    </message>
    <message>
        <source>the date and time as text</source>
        <translation>以文本返回日期和时间</translation>
    </message>
    <message>
        <source>file transfer, active-mode data</source>
        <translation>文件传输，主动模式数据</translation>
    </message>
    <message>
        <source>file transfer</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <source>secure shell, remote login</source>
        <translation>安全外壳，远程登录</translation>
    </message>
    <message>
        <source>remote login, unencrypted</source>
        <translation>远程登录，不加密</translation>
    </message>
    <message>
        <source>sending mail</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>the time as a number</source>
        <translation>以数字返回时间</translation>
    </message>
    <message>
        <source>domain registration lookup</source>
        <translation>域名注册信息查询</translation>
    </message>
    <message>
        <source>name resolution</source>
        <translation>域名解析</translation>
    </message>
    <message>
        <source>address assignment, server side</source>
        <translation>地址分配，服务器端</translation>
    </message>
    <message>
        <source>address assignment, client side</source>
        <translation>地址分配，客户端</translation>
    </message>
    <message>
        <source>trivial file transfer</source>
        <translation>简单文件传输</translation>
    </message>
    <message>
        <source>web pages</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>network authentication</source>
        <translation>网络认证</translation>
    </message>
    <message>
        <source>fetching mail</source>
        <translation>收取邮件</translation>
    </message>
    <message>
        <source>news groups</source>
        <translation>新闻组</translation>
    </message>
    <message>
        <source>clock synchronisation</source>
        <translation>时间同步</translation>
    </message>
    <message>
        <source>Windows remote procedure calls</source>
        <translation>Windows 远程过程调用</translation>
    </message>
    <message>
        <source>Windows name service</source>
        <translation>Windows 名称服务</translation>
    </message>
    <message>
        <source>Windows datagram service</source>
        <translation>Windows 数据报服务</translation>
    </message>
    <message>
        <source>Windows session service</source>
        <translation>Windows 会话服务</translation>
    </message>
    <message>
        <source>reading mail on the server</source>
        <translation>在服务器上阅读邮件</translation>
    </message>
    <message>
        <source>network device management</source>
        <translation>网络设备管理</translation>
    </message>
    <message>
        <source>network device alerts</source>
        <translation>网络设备告警</translation>
    </message>
    <message>
        <source>routing between networks</source>
        <translation>网络之间的路由</translation>
    </message>
    <message>
        <source>directory service</source>
        <translation>目录服务</translation>
    </message>
    <message>
        <source>web pages over TLS</source>
        <translation>基于 TLS 的网页</translation>
    </message>
    <message>
        <source>Windows file sharing</source>
        <translation>Windows 文件共享</translation>
    </message>
    <message>
        <source>sending mail over TLS</source>
        <translation>基于 TLS 发送邮件</translation>
    </message>
    <message>
        <source>IPsec VPN key exchange</source>
        <translation>IPsec VPN 密钥交换</translation>
    </message>
    <message>
        <source>industrial device control</source>
        <translation>工业设备控制</translation>
    </message>
    <message>
        <source>system logs</source>
        <translation>系统日志</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>routing inside a network</source>
        <translation>网络内部的路由</translation>
    </message>
    <message>
        <source>streaming media control</source>
        <translation>流媒体控制</translation>
    </message>
    <message>
        <source>mail submission</source>
        <translation>邮件提交</translation>
    </message>
    <message>
        <source>directory service over TLS</source>
        <translation>基于 TLS 的目录服务</translation>
    </message>
    <message>
        <source>encrypted name resolution</source>
        <translation>加密的域名解析</translation>
    </message>
    <message>
        <source>file synchronisation</source>
        <translation>文件同步</translation>
    </message>
    <message>
        <source>file transfer over TLS, data</source>
        <translation>基于 TLS 的文件传输，数据</translation>
    </message>
    <message>
        <source>file transfer over TLS</source>
        <translation>基于 TLS 的文件传输</translation>
    </message>
    <message>
        <source>reading mail over TLS</source>
        <translation>基于 TLS 阅读邮件</translation>
    </message>
    <message>
        <source>fetching mail over TLS</source>
        <translation>基于 TLS 收取邮件</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>IoT messaging</source>
        <translation>物联网消息</translation>
    </message>
    <message>
        <source>UPnP device discovery</source>
        <translation>UPnP 设备发现</translation>
    </message>
    <message>
        <source>network file system</source>
        <translation>网络文件系统</translation>
    </message>
    <message>
        <source>Windows remote desktop</source>
        <translation>Windows 远程桌面</translation>
    </message>
    <message>
        <source>voice over IP signalling</source>
        <translation>网络电话信令</translation>
    </message>
    <message>
        <source>name resolution on the local network</source>
        <translation>局域网内的名称解析</translation>
    </message>
    <message>
        <source>message queues</source>
        <translation>消息队列</translation>
    </message>
    <message>
        <source>remote desktop</source>
        <translation>远程桌面</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>内存数据库</translation>
    </message>
    <message>
        <source>web pages, often a proxy or a development server</source>
        <translation>网页，常用于代理或开发服务器</translation>
    </message>
    <message>
        <source>web pages over TLS, alternative port</source>
        <translation>基于 TLS 的网页，备用端口</translation>
    </message>
    <message>
        <source>IoT messaging over TLS</source>
        <translation>基于 TLS 的物联网消息</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Sockpit::RateChart</name>
    <message>
        <source>Rate chart</source>
        <translation>速率图</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 (peak %2, average %3)</source>
        <translation>%1（峰值 %2，平均 %3）</translation>
    </message>
    <message>
        <source>RX %1    TX %2</source>
        <translation>收 %1    发 %2</translation>
    </message>
    <message>
        <source>RX %1</source>
        <translation>收 %1</translation>
    </message>
    <message>
        <source>TX %1</source>
        <translation>发 %1</translation>
    </message>
</context>
<context>
    <name>Sockpit::ReceiveLogModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A frame of %n byte(s)</source>
        <translation>
            <numerusform>%n 字节的帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: the connection (or the datagram) ended before the frame did</source>
        <translation>不完整：帧尚未结束，连接（或数据报）已结束</translation>
    </message>
    <message>
        <source>Cut at the maximum frame size: the rest follows in the next rows</source>
        <translation>在最大帧长处截断：其余部分在后续行中</translation>
    </message>
    <message>
        <source>✓ %1 matches: %2</source>
        <translation>✓ %1 匹配：%2</translation>
    </message>
    <message>
        <source>✗ %1 does not match: expected %2, received %3</source>
        <translation>✗ %1 不匹配：应为 %2，实收 %3</translation>
    </message>
    <message>
        <source>Injected into the client of pair #%1</source>
        <translation>注入到第 %1 对的客户端</translation>
    </message>
    <message>
        <source>Injected into the target of pair #%1</source>
        <translation>注入到第 %1 对的目标</translation>
    </message>
    <message>
        <source>Client → target, pair #%1</source>
        <translation>客户端 → 目标，第 %1 对</translation>
    </message>
    <message>
        <source>Target → client, pair #%1</source>
        <translation>目标 → 客户端，第 %1 对</translation>
    </message>
    <message numerus="yes">
        <source>✗ too short to hold its %1: %n byte(s) needed</source>
        <translation>
            <numerusform>✗ 太短，放不下 %1：需要 %n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockpit::ReceiveLogView</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation>写入“%1”失败：%2</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>文本文件 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>log saved to %1</source>
        <translation>日志已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>capture to %1 stopped after %n byte(s)</source>
        <translation>
            <numerusform>抓取到 %1 已停止，共 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>capturing received bytes to %1 (appending)</source>
        <translation>正在把收到的字节抓取到 %1（追加）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not found</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Stop capture</source>
        <translation>停止抓取</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>抓取…</translation>
    </message>
    <message numerus="yes">
        <source>View paused: %n new entry(s) not shown</source>
        <translation>
            <numerusform>视图已暂停：%n 条新记录未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Capturing to %1</source>
        <translation>正在抓取到 %1</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>显示(&amp;V)：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation>文本 + 十六进制</translation>
    </message>
    <message>
        <source>Show payloads as decoded text, as hex bytes, or both</source>
        <translation>以解码后的文本、十六进制字节或两者同时显示数据</translation>
    </message>
    <message>
        <source>View mode</source>
        <translation>显示方式</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自动滚动</translation>
    </message>
    <message>
        <source>Follow new entries; scrolling up to read stops following until you return to the bottom</source>
        <translation>跟随最新记录；向上滚动阅读时暂停跟随，回到底部后恢复</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the view; data is still received, counted and captured</source>
        <translation>冻结视图；数据仍会被接收、计数和抓取</translation>
    </message>
    <message>
        <source>Pause view</source>
        <translation>暂停视图</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove all entries from the log</source>
        <translation>清除日志中的全部记录</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Save every entry in the log as a text file</source>
        <translation>把日志中的全部记录保存为文本文件</translation>
    </message>
    <message>
        <source>Append every received byte, raw, to a file (not limited by the log size)</source>
        <translation>把收到的每个原始字节追加写入文件（不受日志大小限制）</translation>
    </message>
    <message>
        <source>Capture to file</source>
        <translation>抓取到文件</translation>
    </message>
    <message>
        <source>Receive log</source>
        <translation>接收日志</translation>
    </message>
    <message>
        <source>Received bytes (*.bin);;pcapng for Wireshark, both directions (*.pcapng);;All files (*)</source>
        <translation>接收的字节 (*.bin);;供 Wireshark 使用的 pcapng，双向 (*.pcapng);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>pcapng capture to %1 stopped after %n packet(s)</source>
        <translation>
            <numerusform>到 %1 的 pcapng 抓取已停止，共 %n 个包</numerusform>
        </translation>
    </message>
    <message>
        <source>no session to capture</source>
        <translation>没有可抓取的会话</translation>
    </message>
    <message>
        <source>capturing the traffic both ways to %1 as pcapng</source>
        <translation>正在以 pcapng 格式将双向流量抓取到 %1</translation>
    </message>
</context>
<context>
    <name>Sockpit::RelayPairModel</name>
    <message>
        <source>Connecting to the target</source>
        <translation>正在连接目标</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>, %1 B waiting</source>
        <translation>，%1 B 等待中</translation>
    </message>
    <message>
        <source>, %1 B injected</source>
        <translation>，已注入 %1 B</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>，已暂停</translation>
    </message>
    <message>
        <source>, finished</source>
        <translation>，已结束</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>连接对</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Client → target</source>
        <translation>客户端 → 目标</translation>
    </message>
    <message>
        <source>Target → client</source>
        <translation>目标 → 客户端</translation>
    </message>
</context>
<context>
    <name>Sockpit::RelayPanel</name>
    <message>
        <source>pair #%1</source>
        <translation>第 %1 对</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>所有连接对</translation>
    </message>
    <message>
        <source>Pauses client → target of %1</source>
        <translation>暂停 %1 的客户端 → 目标方向</translation>
    </message>
    <message>
        <source>Pauses target → client of %1</source>
        <translation>暂停 %1 的目标 → 客户端方向</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>Relaying %1 → %2, %n pair(s)</source>
        <translation>
            <numerusform>正在中继 %1 → %2，共 %n 对</numerusform>
        </translation>
    </message>
    <message>
        <source>Not relaying</source>
        <translation>未在中继</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Start relaying, or stop and close every pair</source>
        <translation>开始中继，或停止并关闭所有连接对</translation>
    </message>
    <message>
        <source>Start or stop relaying</source>
        <translation>开始或停止中继</translation>
    </message>
</context>
<context>
    <name>Sockpit::RelaySession</name>
    <message>
        <source>the target %1 is this relay itself (it listens on %2): refused, it would connect to itself without end</source>
        <translation>目标 %1 就是本中继自身（它在 %2 上监听）：已拒绝，否则会无休止地连接自己</translation>
    </message>
    <message>
        <source>cannot accept more clients: the process has no file descriptor left (ulimit -n); waiting clients are accepted as pairs close</source>
        <translation>无法再接受更多客户端：进程已没有可用的文件描述符（ulimit -n）；等待中的客户端会在有连接对关闭后被接受</translation>
    </message>
    <message>
        <source>accepting clients again</source>
        <translation>重新开始接受客户端</translation>
    </message>
    <message>
        <source>no target to relay to: give its HOST:PORT</source>
        <translation>没有可中继的目标：请填写其 HOST:PORT</translation>
    </message>
    <message>
        <source>relaying %1 → %2</source>
        <translation>正在中继 %1 → %2</translation>
    </message>
    <message>
        <source>stopped relaying on %1</source>
        <translation>已停止在 %1 上中继</translation>
    </message>
    <message>
        <source>target %1 not found (%2)</source>
        <translation>未找到目标 %1（%2）</translation>
    </message>
    <message>
        <source>connect to target %1 timed out after %2 ms</source>
        <translation>连接目标 %1 超时（%2 ms）</translation>
    </message>
    <message>
        <source>target %1 refused the connection</source>
        <translation>目标 %1 拒绝了连接</translation>
    </message>
    <message>
        <source>the target %1 is this relay itself: refused, it would connect to itself without end; relaying stopped</source>
        <translation>目标 %1 就是本中继自身：已拒绝，否则会无休止地连接自己；中继已停止</translation>
    </message>
    <message>
        <source>pair #%1: %2</source>
        <translation>第 %1 对：%2</translation>
    </message>
    <message>
        <source>client closed: %1</source>
        <translation>客户端已关闭：%1</translation>
    </message>
    <message>
        <source>reset by you</source>
        <translation>已由你重置</translation>
    </message>
    <message>
        <source>closed by you</source>
        <translation>已由你关闭</translation>
    </message>
    <message>
        <source>client finished sending — passed on to the target</source>
        <translation>客户端已发送完毕 — 已转告目标</translation>
    </message>
    <message>
        <source>target finished sending — passed on to the client</source>
        <translation>目标已发送完毕 — 已转告客户端</translation>
    </message>
    <message>
        <source>client reset the connection — passed on as a reset</source>
        <translation>客户端重置了连接 — 已作为重置转发</translation>
    </message>
    <message>
        <source>target reset the connection — passed on as a reset</source>
        <translation>目标重置了连接 — 已作为重置转发</translation>
    </message>
    <message>
        <source>client connection failed (%1) — passed on as a reset</source>
        <translation>客户端连接失败（%1）— 已作为重置转发</translation>
    </message>
    <message>
        <source>target connection failed (%1) — passed on as a reset</source>
        <translation>目标连接失败（%1）— 已作为重置转发</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>已被客户端关闭</translation>
    </message>
    <message>
        <source>closed by the target</source>
        <translation>已被目标关闭</translation>
    </message>
    <message>
        <source>reset by the relay: the client reset its connection</source>
        <translation>被中继重置：客户端重置了它的连接</translation>
    </message>
    <message>
        <source>reset by the relay: the target reset its connection</source>
        <translation>被中继重置：目标重置了它的连接</translation>
    </message>
    <message>
        <source>choose the side to inject into: the client or the target</source>
        <translation>请选择注入的一侧：客户端或目标</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>nothing injected: pair #%1 has no open connection to its %2</source>
        <translation>未注入任何数据：第 %1 对与其%2之间没有打开的连接</translation>
    </message>
    <message>
        <source>nothing injected: no pair has an open connection to its %1</source>
        <translation>未注入任何数据：没有任何连接对与其%1之间有打开的连接</translation>
    </message>
</context>
<context>
    <name>Sockpit::ReplyTemplate</name>
    <message>
        <source>column %1: {%2}: captures go up to {%3}</source>
        <translation>第 %1 列：{%2}：捕获组最多到 {%3}</translation>
    </message>
    <message>
        <source>column %1: {%2}: %3</source>
        <translation>第 %1 列：{%2}：%3</translation>
    </message>
    <message>
        <source>column %1: a lone &apos;}&apos;; write }} for a brace</source>
        <translation>第 %1 列：单独的“}”；花括号本身请写 }}</translation>
    </message>
    <message>
        <source>column %1: &apos;{&apos; is not closed; write {{ for a brace</source>
        <translation>第 %1 列：“{”没有闭合；花括号本身请写 {{</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; cannot be encoded in %3</source>
        <translation>第 %1 列：“%2”无法用 %3 编码</translation>
    </message>
    <message>
        <source>column %1: unknown placeholder {%2} (use {0}…{%3}, {counter}, {time}, {date}, {frame}, {frame:hex}, {checksum:NAME}, or {{ and }} for braces)</source>
        <translation>第 %1 列：未知占位符 {%2}（可用 {0}…{%3}、{counter}、{time}、{date}、{frame}、{frame:hex}、{checksum:NAME}，花括号本身写作 {{ 和 }}）</translation>
    </message>
</context>
<context>
    <name>Sockpit::Responder</name>
    <message>
        <source>rules: %1 has no connection to close (UDP); the frame is left alone</source>
        <translation>规则：%1 没有可关闭的连接（UDP）；该帧不作处理</translation>
    </message>
    <message>
        <source>rules: %1 does not read its replies; answers to it are skipped until it does</source>
        <translation>规则：%1 没有读取发给它的回复；在它恢复读取前，对它的应答会被跳过</translation>
    </message>
    <message numerus="yes">
        <source>rules: %1 reads again; %n reply(ies) to it were skipped</source>
        <translation>
            <numerusform>规则：%1 已恢复读取；对它的 %n 条回复已被跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>rules: more than %1 delayed answers are waiting; further ones are dropped</source>
        <translation>规则：等待中的延迟应答超过 %1 条；之后的将被丢弃</translation>
    </message>
    <message numerus="yes">
        <source>rules: %n delayed answer(s) to %1 dropped: it left</source>
        <translation>
            <numerusform>规则：发给 %1 的 %n 条延迟应答已丢弃：它已离开</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockpit::Rule</name>
    <message>
        <source>unknown action &apos;%1&apos; (reply, close or ignore)</source>
        <translation>未知的动作“%1”（reply、close 或 ignore）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>不做任何事</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be a string</source>
        <translation>&quot;action&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation>固定回复</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; 必须为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;delayMs&quot; must be a whole number of milliseconds from 0 to %1</source>
        <translation>&quot;delayMs&quot; 必须是 0 到 %1 之间的整数毫秒数</translation>
    </message>
    <message>
        <source>give one of &quot;reply&quot; and &quot;replyHex&quot;, not both</source>
        <translation>&quot;reply&quot; 和 &quot;replyHex&quot; 只能给出一个，不能同时给出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleEditor</name>
    <message>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>匹配(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>模式(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>动作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>回复(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Delay (ms):</source>
        <translation>延迟（ms）(&amp;D)：</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Match kind</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \t \xHH), a regular expression, or hex bytes with ?? for any byte</source>
        <translation>带转义的文本（\r \n \t \xHH）、正则表达式，或十六进制字节（?? 表示任意字节）</translation>
    </message>
    <message>
        <source>&amp;Ignore case (regular expression)</source>
        <translation>忽略大小写（正则表达式）(&amp;I)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>Reply is &amp;hex</source>
        <translation>回复为十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>Delay in milliseconds</source>
        <translation>延迟（毫秒）</translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleListModel</name>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 hex %2</source>
        <translation>%1 十六进制 %2</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleSet</name>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>rule %1 &apos;%2&apos;</source>
        <translation>规则 %1“%2”</translation>
    </message>
    <message>
        <source>a rules file is an object: {&quot;version&quot;: 1, &quot;rules&quot;: […]}</source>
        <translation>规则文件是一个对象：{&quot;version&quot;: 1, &quot;rules&quot;: […]}</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1 (a rules file of this Sockpit)</source>
        <translation>&quot;version&quot; 必须为 %1（本 Sockpit 的规则文件）</translation>
    </message>
    <message>
        <source>&quot;rules&quot; is missing or not a list</source>
        <translation>&quot;rules&quot; 缺失或不是列表</translation>
    </message>
    <message>
        <source>%1 rules are more than the %2 a list may have</source>
        <translation>%1 条规则超过了列表允许的上限 %2 条</translation>
    </message>
    <message>
        <source>rule %1: a rule is an object</source>
        <translation>规则 %1：规则必须是一个对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the delay must be from 0 to %1 ms</source>
        <translation>延迟必须在 0 到 %1 ms 之间</translation>
    </message>
    <message>
        <source>the reply is empty: type what to answer, or choose &quot;do nothing&quot;</source>
        <translation>回复为空：请输入要回复的内容，或选择“不做任何事”</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message numerus="yes">
        <source>reply: {%1} is not there: the match has %n group(s)</source>
        <translation>
            <numerusform>回复：{%1} 不存在：该匹配只有 %n 个分组</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleTester</name>
    <message>
        <source>The frame cannot be read: %1</source>
        <translation>无法读取该帧：%1</translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation>无法使用这些规则：%1</translation>
    </message>
    <message>
        <source>%1 takes it and %2</source>
        <translation>%1 处理该帧并%2</translation>
    </message>
    <message>
        <source>No rule takes it: there are no rules</source>
        <translation>没有规则处理该帧：当前没有规则</translation>
    </message>
    <message>
        <source>No rule takes it: no switched-on rule matches %1</source>
        <translation>没有规则处理该帧：没有已启用的规则匹配 %1</translation>
    </message>
    <message>
        <source>No rule takes it: every rule is switched off</source>
        <translation>没有规则处理该帧：所有规则均已停用</translation>
    </message>
    <message>
        <source>does nothing (the rules after it do not see the frame)</source>
        <translation>不做任何处理（其后的规则不会看到该帧）</translation>
    </message>
    <message>
        <source>closes the connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>would send nothing (the reply is empty)</source>
        <translation>不会发送任何内容（回复为空）</translation>
    </message>
    <message>
        <source>replies %1 (&quot;%2&quot;)</source>
        <translation>回复 %1（“%2”）</translation>
    </message>
</context>
<context>
    <name>Sockpit::RulesPanel</name>
    <message>
        <source>%1. The file was kept as %2 and the rules start empty.</source>
        <translation>%1。该文件已保留为 %2，规则从空开始。</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside; the rules start empty.</source>
        <translation>%1。无法将其移开；规则从空开始。</translation>
    </message>
    <message>
        <source>The rules are not used: %1</source>
        <translation>规则未生效：%1</translation>
    </message>
    <message>
        <source>The rules are used but not saved: %1</source>
        <translation>规则已生效但未保存：%1</translation>
    </message>
    <message>
        <source>The rules stay as they were compiled for %1: %2</source>
        <translation>规则保持为针对 %1 编译时的状态：%2</translation>
    </message>
    <message>
        <source>Added an echo rule: it answers every frame with itself</source>
        <translation>已添加回显规则：将每一帧原样回复</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>已修改 %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>%1 is on</source>
        <translation>%1 已启用</translation>
    </message>
    <message>
        <source>%1 is off</source>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <source>Add fixed reply</source>
        <translation>添加固定回复</translation>
    </message>
    <message>
        <source>Answer every frame with these hex bytes:</source>
        <translation>用以下十六进制字节回复每一帧：</translation>
    </message>
    <message>
        <source>Answer every frame with this text (escapes such as \r\n work):</source>
        <translation>用此文本回复每一帧（可使用 \r\n 等转义）：</translation>
    </message>
    <message>
        <source>Added a fixed reply rule</source>
        <translation>已添加固定回复规则</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <source>Rules (*.rules.json *.json);;All files (*)</source>
        <translation>规则 (*.rules.json *.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n rule(s) in the list with the file&apos;s?</source>
        <translation>
            <numerusform>用文件中的规则替换列表中的 %n 条规则？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <source>Rules (*.rules.json *.json)</source>
        <translation>规则 (*.rules.json *.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条规则导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Answer by rules</source>
        <translation>按规则回复(&amp;A)</translation>
    </message>
    <message>
        <source>Answer received frames by the first switched-on rule that matches</source>
        <translation>按第一条已启用且匹配的规则回复收到的帧</translation>
    </message>
    <message>
        <source>A frame to test (text with escapes, or hex)</source>
        <translation>要测试的帧（带转义的文本或十六进制）</translation>
    </message>
    <message>
        <source>Frame to test</source>
        <translation>要测试的帧</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a new rule (Insert)</source>
        <translation>添加新规则 (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected rule (F2, Enter or double-click)</source>
        <translation>编辑所选规则（F2、Enter 或双击）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete)</source>
        <translation>移除所选规则 (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected rule up: the first matching rule wins (Alt+Up)</source>
        <translation>上移所选规则：第一条匹配的规则生效 (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected rule down (Alt+Down)</source>
        <translation>下移所选规则 (Alt+Down)</translation>
    </message>
    <message>
        <source>Add echo rule</source>
        <translation>添加回显规则</translation>
    </message>
    <message>
        <source>Add a rule that answers every frame with itself</source>
        <translation>添加一条将每一帧原样回复的规则</translation>
    </message>
    <message>
        <source>Add fixed reply…</source>
        <translation>添加固定回复…</translation>
    </message>
    <message>
        <source>Add a rule that answers every frame with the same reply</source>
        <translation>添加一条对每一帧都回复相同内容的规则</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Replace the rules with a rules file&apos;s</source>
        <translation>用规则文件中的规则替换当前规则</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the rules to a file</source>
        <translation>将规则保存到文件</translation>
    </message>
    <message>
        <source>Reset hits</source>
        <translation>命中清零</translation>
    </message>
    <message>
        <source>Set every rule&apos;s hit count back to 0</source>
        <translation>将每条规则的命中次数重置为 0</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Say which rule would take the frame and what it would send, sending nothing (Enter)</source>
        <translation>显示哪条规则会处理该帧以及将发送什么，但不实际发送 (Enter)</translation>
    </message>
</context>
<context>
    <name>Sockpit::SelfSigned</name>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>a self-signed certificate needs a host name</source>
        <translation>自签名证书需要主机名</translation>
    </message>
    <message>
        <source>a self-signed certificate is valid for 1 to 3650 days, not %1</source>
        <translation>自签名证书的有效期为 1 到 3650 天，不能是 %1</translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation>无法生成密钥：%1</translation>
    </message>
    <message>
        <source>cannot make the certificate: %1</source>
        <translation>无法生成证书：%1</translation>
    </message>
    <message>
        <source>cannot sign the certificate: %1</source>
        <translation>无法签署证书：%1</translation>
    </message>
    <message>
        <source>cannot write the certificate: %1</source>
        <translation>无法写入证书：%1</translation>
    </message>
    <message>
        <source>cannot make a self-signed certificate: %1</source>
        <translation>无法生成自签名证书：%1</translation>
    </message>
</context>
<context>
    <name>Sockpit::SendBox</name>
    <message numerus="yes">
        <source>file sending cancelled after %n byte(s)</source>
        <translation>
            <numerusform>文件发送已取消，已发送 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>nothing to send: the input is empty</source>
        <translation>没有可发送的内容：输入为空</translation>
    </message>
    <message>
        <source>a file is already being sent</source>
        <translation>已有文件正在发送</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos; failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>file sending stopped after %n byte(s)</source>
        <translation>
            <numerusform>文件发送已停止，已发送 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Text to send (Ctrl+Enter sends). Escapes: \r \n \t \\ \0 \xHH</source>
        <translation>要发送的文本（Ctrl+Enter 发送）。转义：\r \n \t \\ \0 \xHH</translation>
    </message>
    <message>
        <source>Data to send</source>
        <translation>要发送的数据</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>十六进制(&amp;X)</translation>
    </message>
    <message>
        <source>Send the input as hex bytes, e.g. 48 65 6C 6C 6F or 0x48,0x65</source>
        <translation>把输入按十六进制字节发送，如 48 65 6C 6C 6F 或 0x48,0x65</translation>
    </message>
    <message>
        <source>&amp;Escapes</source>
        <translation>转义(&amp;E)</translation>
    </message>
    <message>
        <source>Turn \r \n \t \\ \0 and \xHH in the text into bytes</source>
        <translation>把文本中的 \r \n \t \\ \0 和 \xHH 转换为字节</translation>
    </message>
    <message>
        <source>&amp;Line end:</source>
        <translation>行尾(&amp;L)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Appended to every text send</source>
        <translation>每次发送文本时追加在末尾</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>行尾</translation>
    </message>
    <message>
        <source>&amp;Repeat every</source>
        <translation>循环发送(&amp;R)，间隔</translation>
    </message>
    <message>
        <source>Send the same data again at this interval until stopped</source>
        <translation>按此间隔重复发送相同的数据，直到停止</translation>
    </message>
    <message>
        <source>Repeat interval in milliseconds</source>
        <translation>循环发送间隔（毫秒）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>取消文件</translation>
    </message>
    <message>
        <source>Send &amp;file…</source>
        <translation>发送文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Send the raw bytes of a file</source>
        <translation>发送文件的原始字节</translation>
    </message>
    <message>
        <source>File sending progress</source>
        <translation>文件发送进度</translation>
    </message>
    <message numerus="yes">
        <source>History (%n)</source>
        <translation>
            <numerusform>历史记录（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>[hex] %1</source>
        <translation>[十六进制] %1</translation>
    </message>
    <message>
        <source>Pick a recent send to put it back into the input</source>
        <translation>选择一条最近发送的内容放回输入框</translation>
    </message>
    <message>
        <source>Send history</source>
        <translation>发送历史</translation>
    </message>
</context>
<context>
    <name>Sockpit::SendItem</name>
    <message>
        <source>unknown line ending &apos;%1&apos; (none, lf, crlf or cr)</source>
        <translation>未知的行尾“%1”（none、lf、crlf 或 cr）</translation>
    </message>
    <message>
        <source>give exactly one of &quot;text&quot; and &quot;hex&quot;</source>
        <translation>&quot;text&quot; 和 &quot;hex&quot; 必须且只能给出一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;hex&quot;: %1</source>
        <translation>&quot;hex&quot;：%1</translation>
    </message>
    <message>
        <source>&quot;encoding&quot; must be a string</source>
        <translation>&quot;encoding&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;encoding&quot;: %1</source>
        <translation>&quot;encoding&quot;：%1</translation>
    </message>
    <message>
        <source>&quot;lineEnding&quot;: %1</source>
        <translation>&quot;lineEnding&quot;：%1</translation>
    </message>
    <message>
        <source>&quot;checksum&quot;: %1</source>
        <translation>&quot;checksum&quot;：%1</translation>
    </message>
    <message>
        <source>&quot;text&quot;: %1</source>
        <translation>&quot;text&quot;：%1</translation>
    </message>
</context>
<context>
    <name>Sockpit::Sequence</name>
    <message>
        <source>a sequence is a JSON object: {&quot;version&quot;: 1, &quot;steps&quot;: […]}</source>
        <translation>序列是一个 JSON 对象：{&quot;version&quot;: 1, &quot;steps&quot;: […]}</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1, the version this Sockpit reads</source>
        <translation>&quot;version&quot; 必须为 %1，即本 Sockpit 能读取的版本</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (version, name, commands, steps)</source>
        <translation>未知字段 &quot;%1&quot;（version、name、commands、steps）</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;commands&quot; must be an object of named sends</source>
        <translation>&quot;commands&quot; 必须是由具名发送组成的对象</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是一个对象</translation>
    </message>
    <message>
        <source>command &quot;%1&quot;: %2</source>
        <translation>命令“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list of at least one step</source>
        <translation>&quot;steps&quot; 必须是至少包含一个步骤的列表</translation>
    </message>
    <message>
        <source>%1: a sequence is a JSON object: {&quot;version&quot;: 1, &quot;steps&quot;: […]}</source>
        <translation>%1：序列是一个 JSON 对象：{&quot;version&quot;: 1, &quot;steps&quot;: […]}</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>send command %1</source>
        <translation>发送命令 %1</translation>
    </message>
    <message>
        <source>send hex %1</source>
        <translation>发送十六进制 %1</translation>
    </message>
    <message>
        <source>send %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <source>wait %1 ms</source>
        <translation>等待 %1 ms</translation>
    </message>
    <message>
        <source>expect %1 %2</source>
        <translation>期望 %1 %2</translation>
    </message>
    <message>
        <source>repeat until stopped</source>
        <translation>重复直到停止</translation>
    </message>
    <message>
        <source>repeat %1 times</source>
        <translation>重复 %1 次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>步骤 %1（%2）：%3</translation>
    </message>
    <message>
        <source>no command is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的命令</translation>
    </message>
    <message>
        <source>there is nothing to send</source>
        <translation>没有可发送的内容</translation>
    </message>
    <message>
        <source>there are no steps to repeat</source>
        <translation>没有可重复的步骤</translation>
    </message>
    <message>
        <source>the sequence has no steps</source>
        <translation>该序列没有步骤</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of milliseconds from %2 to %3</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的整数毫秒数</translation>
    </message>
    <message>
        <source>more than %1 steps</source>
        <translation>超过 %1 个步骤</translation>
    </message>
    <message>
        <source>step %1: must be an object</source>
        <translation>步骤 %1：必须是一个对象</translation>
    </message>
    <message>
        <source>step %1: give exactly one of &quot;send&quot;, &quot;wait&quot;, &quot;expect&quot; and &quot;repeat&quot;</source>
        <translation>步骤 %1：&quot;send&quot;、&quot;wait&quot;、&quot;expect&quot; 和 &quot;repeat&quot; 必须且只能给出一个</translation>
    </message>
    <message>
        <source>step %1 (%2): unknown field &quot;%3&quot;</source>
        <translation>步骤 %1（%2）：未知字段 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>step %1 (%2): &quot;name&quot; must be a string</source>
        <translation>步骤 %1（%2）：&quot;name&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;send&quot; must be an object: {&quot;text&quot;: …}, {&quot;hex&quot;: …} or {&quot;command&quot;: …}</source>
        <translation>&quot;send&quot; 必须是一个对象：{&quot;text&quot;: …}、{&quot;hex&quot;: …} 或 {&quot;command&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;command&quot; must be a command&apos;s name</source>
        <translation>&quot;command&quot; 必须是某条命令的名称</translation>
    </message>
    <message>
        <source>a send of a command holds &quot;command&quot; alone</source>
        <translation>发送命令时只能包含 &quot;command&quot;</translation>
    </message>
    <message>
        <source>&quot;expect&quot; must be an object: {&quot;match&quot;: …, &quot;pattern&quot;: …}</source>
        <translation>&quot;expect&quot; 必须是一个对象：{&quot;match&quot;: …, &quot;pattern&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;onFail&quot; must be &quot;fail&quot; or &quot;continue&quot;</source>
        <translation>&quot;onFail&quot; 必须是 &quot;fail&quot; 或 &quot;continue&quot;</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be a count from 1 to %1, or &quot;forever&quot;</source>
        <translation>&quot;repeat&quot; 必须是 1 到 %1 之间的次数，或 &quot;forever&quot;</translation>
    </message>
    <message>
        <source>repeats nest deeper than %1 levels</source>
        <translation>repeat 嵌套超过了 %1 层</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list of the steps to repeat</source>
        <translation>&quot;steps&quot; 必须是要重复的步骤列表</translation>
    </message>
</context>
<context>
    <name>Sockpit::SequenceLogMarks</name>
    <message>
        <source>Sequence &quot;%1&quot; starts</source>
        <translation>序列“%1”开始</translation>
    </message>
    <message>
        <source>▶ step %1 [%2]: %3</source>
        <translation>▶ 步骤 %1 [%2]：%3</translation>
    </message>
    <message>
        <source>▶ step %1: %2</source>
        <translation>▶ 步骤 %1：%2</translation>
    </message>
    <message>
        <source>step lines folded: %1 more</source>
        <translation>步骤行已折叠：还有 %1 行</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;: %2</source>
        <translation>序列“%1”：%2</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 timed out, %4 skipped in %5 s</source>
        <translation>%1 通过，%2 失败，%3 超时，%4 跳过，用时 %5 s</translation>
    </message>
</context>
<context>
    <name>Sockpit::SequencePanel</name>
    <message>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Open a sequence file, or write one here, then Check and Run.</source>
        <translation>打开序列文件，或在此编写，然后检查并运行。</translation>
    </message>
    <message>
        <source>Stop the run before opening another sequence.</source>
        <translation>请先停止运行，再打开其他序列。</translation>
    </message>
    <message>
        <source>%1: the file is larger than a sequence can be</source>
        <translation>%1：文件过大，超出序列的大小上限</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Untitled sequence</source>
        <translation>未命名序列</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s) in %1</source>
        <translation>
            <numerusform>就绪：%1 中有 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run: not connected. A sequence runs over the panel&apos;s connection; connect (or bind) first.</source>
        <translation>无法运行：未连接。序列在本面板的连接上运行；请先连接（或绑定）。</translation>
    </message>
    <message>
        <source>Cannot run: the connection cannot send.</source>
        <translation>无法运行：该连接无法发送。</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot; (Shift+F5 stops)</source>
        <translation>正在运行“%1”（Shift+F5 停止）</translation>
    </message>
    <message>
        <source>Choose where to save the sequence (Save as…).</source>
        <translation>请选择序列的保存位置（另存为…）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Run the sequence first: the report holds a run&apos;s results.</source>
        <translation>请先运行序列：报告包含一次运行的结果。</translation>
    </message>
    <message>
        <source>Exported the results to %1</source>
        <translation>结果已导出到 %1</translation>
    </message>
    <message>
        <source>Open a sequence</source>
        <translation>打开序列</translation>
    </message>
    <message>
        <source>Sequences (*.sequence.json);;JSON files (*.json);;All files (*)</source>
        <translation>序列 (*.sequence.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the sequence</source>
        <translation>保存序列</translation>
    </message>
    <message>
        <source>Sequences (*.sequence.json)</source>
        <translation>序列 (*.sequence.json)</translation>
    </message>
    <message>
        <source>Export the results as JUnit XML</source>
        <translation>将结果导出为 JUnit XML</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>序列：%1</translation>
    </message>
    <message>
        <source>No valid sequence</source>
        <translation>没有有效的序列</translation>
    </message>
    <message>
        <source>All passed: %1</source>
        <translation>全部通过：%1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Run the sequence over the connection (F5)</source>
        <translation>在连接上运行序列（F5）</translation>
    </message>
    <message>
        <source>Not connected: a sequence runs over the panel&apos;s connection; connect (or bind) first (F5)</source>
        <translation>未连接：序列在本面板的连接上运行；请先连接（或绑定）（F5）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a sequence file (.sequence.json)</source>
        <translation>打开序列文件（.sequence.json）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the text to the open file</source>
        <translation>将文本保存到已打开的文件</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the text to another file</source>
        <translation>将文本保存到另一个文件</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the text: every step parsed, every command found, every send encodable</source>
        <translation>检查文本：每个步骤都能解析，每个命令都能找到，每次发送都能编码</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the run: the remaining steps are skipped (Shift+F5)</source>
        <translation>停止运行：剩余步骤将被跳过（Shift+F5）</translation>
    </message>
    <message>
        <source>Export JUnit…</source>
        <translation>导出 JUnit…</translation>
    </message>
    <message>
        <source>Save the last run&apos;s results as JUnit XML</source>
        <translation>将上次运行的结果保存为 JUnit XML</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Steps of the sequence</source>
        <translation>序列的步骤</translation>
    </message>
    <message>
        <source>Sequence text (JSON)</source>
        <translation>序列文本（JSON）</translation>
    </message>
    <message>
        <source>{&quot;version&quot;: 1, &quot;steps&quot;: [{&quot;send&quot;: {&quot;text&quot;: &quot;PING&quot;}}, {&quot;expect&quot;: {&quot;match&quot;: &quot;contains&quot;, &quot;pattern&quot;: &quot;PONG&quot;}}]}</source>
        <translation>{&quot;version&quot;: 1, &quot;steps&quot;: [{&quot;send&quot;: {&quot;text&quot;: &quot;PING&quot;}}, {&quot;expect&quot;: {&quot;match&quot;: &quot;contains&quot;, &quot;pattern&quot;: &quot;PONG&quot;}}]}</translation>
    </message>
    <message>
        <source>Step results</source>
        <translation>步骤结果</translation>
    </message>
    <message>
        <source>Steps, text and results</source>
        <translation>步骤、文本与结果</translation>
    </message>
</context>
<context>
    <name>Sockpit::SequenceRunner</name>
    <message>
        <source>there is no session to send on</source>
        <translation>没有可用于发送的会话</translation>
    </message>
    <message>
        <source>nothing could be sent</source>
        <translation>没有发送出任何数据</translation>
    </message>
    <message>
        <source>the session stopped</source>
        <translation>会话已停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) sent</source>
        <translation>
            <numerusform>已发送 %n 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>已匹配 %1</translation>
    </message>
    <message>
        <source>nothing received within %1 ms</source>
        <translation>%1 ms 内没有收到任何数据</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received within %1 ms, none matched; the last: %2</source>
        <translation>
            <numerusform>%1 ms 内收到 %n 帧，均不匹配；最后一帧：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier step failed</source>
        <translation>之前的步骤失败</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source> %1 ms</source>
        <translation> %1 ms</translation>
    </message>
</context>
<context>
    <name>Sockpit::Session</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>正在解析</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
</context>
<context>
    <name>Sockpit::SessionConfig</name>
    <message>
        <source>fixed reply: %1</source>
        <translation>固定回复：%1</translation>
    </message>
    <message>
        <source>must be more than 0 milliseconds</source>
        <translation>必须大于 0 毫秒</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of 0 or more</source>
        <translation>“%1”不是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>enter the server&apos;s host and port</source>
        <translation>请输入服务器的主机和端口</translation>
    </message>
    <message>
        <source>the fixed reply is empty: type what to answer</source>
        <translation>固定回复为空：请输入要回复的内容</translation>
    </message>
    <message>
        <source>enter the port to listen on</source>
        <translation>请输入要监听的端口</translation>
    </message>
    <message>
        <source>%1 is an IPv6 group: bind to [::]:PORT or to every address (PORT alone)</source>
        <translation>%1 是 IPv6 组：请绑定到 [::]:端口 或所有地址（只写端口）</translation>
    </message>
    <message>
        <source>%1 is an IPv4 group: bind to 0.0.0.0:PORT or to every address (PORT alone)</source>
        <translation>%1 是 IPv4 组：请绑定到 0.0.0.0:端口 或所有地址（只写端口）</translation>
    </message>
    <message>
        <source>%1: group datagrams only reach a port bound to every address; bind to port %2 alone</source>
        <translation>%1：组播数据报只会到达绑定到所有地址的端口；请只写端口 %2</translation>
    </message>
    <message>
        <source>a hop limit is 0–255, not %1</source>
        <translation>跳数限制为 0–255，不能是 %1</translation>
    </message>
    <message>
        <source>enter the target to relay to, as HOST:PORT</source>
        <translation>请以 HOST:PORT 的形式输入要中继到的目标</translation>
    </message>
    <message>
        <source>server name: %1</source>
        <translation>服务器名称：%1</translation>
    </message>
    <message>
        <source>a client key needs its certificate file too</source>
        <translation>客户端密钥还需要它的证书文件</translation>
    </message>
    <message>
        <source>a client certificate needs its key file too</source>
        <translation>客户端证书还需要它的密钥文件</translation>
    </message>
    <message>
        <source>choose certificate files or a self-signed certificate, not both</source>
        <translation>请选择证书文件或自签名证书，不能两者都选</translation>
    </message>
    <message>
        <source>a TLS server needs a certificate: choose its file and key, or make a self-signed one</source>
        <translation>TLS 服务器需要证书：选择证书文件和密钥，或生成自签名证书</translation>
    </message>
    <message>
        <source>a server key needs its certificate file too</source>
        <translation>服务器密钥还需要它的证书文件</translation>
    </message>
    <message>
        <source>a server certificate needs its key file too</source>
        <translation>服务器证书还需要它的密钥文件</translation>
    </message>
    <message>
        <source>host name: %1</source>
        <translation>主机名：%1</translation>
    </message>
    <message>
        <source>requiring client certificates needs the CA file they are checked against</source>
        <translation>要求客户端证书时需要用来校验它们的 CA 文件</translation>
    </message>
    <message>
        <source>a TLS server needs a certificate: give --cert FILE and --key FILE, or --self-signed NAME</source>
        <translation>TLS 服务器需要证书：请给出 --cert FILE 和 --key FILE，或 --self-signed NAME</translation>
    </message>
</context>
<context>
    <name>Sockpit::SessionPanel</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>Sockpit::SessionWorkspace</name>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>编码(&amp;N)：</translation>
    </message>
    <message>
        <source>Bytes per second</source>
        <translation>每秒字节数</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <source>Rate chart unit</source>
        <translation>速率图单位</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Show or hide the command library (F9); Ctrl+1 … Ctrl+9 send its first nine commands</source>
        <translation>显示或隐藏命令库（F9）；Ctrl+1 … Ctrl+9 发送其中前九条命令</translation>
    </message>
    <message>
        <source>Show the command library</source>
        <translation>显示命令库</translation>
    </message>
</context>
<context>
    <name>Sockpit::SocketErrors</name>
    <message>
        <source>connection to %1 refused: nothing is listening on that port</source>
        <translation>连接 %1 被拒绝：该端口上没有程序在监听</translation>
    </message>
    <message>
        <source>connection to %1 closed by the peer</source>
        <translation>与 %1 的连接被对方关闭</translation>
    </message>
    <message>
        <source>host of %1 not found: check the name or the DNS settings</source>
        <translation>找不到 %1 的主机：请检查主机名或 DNS 设置</translation>
    </message>
    <message>
        <source>%1: permission denied (ports below 1024 need administrator rights)</source>
        <translation>%1：权限不足（1024 以下的端口需要管理员权限）</translation>
    </message>
    <message>
        <source>%1: out of sockets or file descriptors</source>
        <translation>%1：套接字或文件描述符已用尽</translation>
    </message>
    <message>
        <source>%1: the operation timed out</source>
        <translation>%1：操作超时</translation>
    </message>
    <message>
        <source>%1: the datagram is larger than the system allows</source>
        <translation>%1：数据报超过系统允许的大小</translation>
    </message>
    <message>
        <source>%1: network error (%2)</source>
        <translation>%1：网络错误（%2）</translation>
    </message>
    <message>
        <source>%1 is already in use by another program or socket</source>
        <translation>%1 已被其他程序或套接字占用</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine</source>
        <translation>%1 不是本机的地址</translation>
    </message>
    <message>
        <source>%1: not supported on this system (is IPv6 enabled?)</source>
        <translation>%1：本系统不支持（IPv6 是否已启用？）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>connection to %1 failed: the network is unreachable (check the address and this machine&apos;s network settings)</source>
        <translation>连接 %1 失败：网络不可达（请检查地址和本机的网络设置）</translation>
    </message>
    <message>
        <source>connection to %1 failed: no route to the host (is it switched on and on this network?)</source>
        <translation>连接 %1 失败：没有到该主机的路由（它是否已开机并在这个网络中？）</translation>
    </message>
</context>
<context>
    <name>Sockpit::StepResultModel</name>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpClientPanel</name>
    <message>
        <source>cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Short connection: each send connects, waits for the reply, then closes</source>
        <translation>短连接：每次发送时建立连接，等待回复后关闭</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在解析 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>断开(&amp;C)</translation>
    </message>
    <message>
        <source>Connected to %1 (local port %2)</source>
        <translation>已连接到 %1（本地端口 %2）</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <source>Connect to the server, or disconnect</source>
        <translation>连接服务器，或断开连接</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>连接或断开</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>warning: trusting the refused certificate (SHA-256 %1) for this run despite: %2</source>
        <translation>警告：本次运行中信任被拒绝的证书（SHA-256 %1），尽管：%2</translation>
    </message>
    <message>
        <source>Connecting to %1 (TLS)…</source>
        <translation>正在连接 %1（TLS）…</translation>
    </message>
    <message>
        <source>Connected to %1 over %2 (local port %3)</source>
        <translation>已通过 %2 连接到 %1（本地端口 %3）</translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpClientSession</name>
    <message>
        <source>short connection closed after waiting %1 ms for more data</source>
        <translation>短连接在等待更多数据 %1 毫秒后关闭</translation>
    </message>
    <message>
        <source>no server address: enter a host and a port</source>
        <translation>没有服务器地址：请输入主机和端口</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>connection aborted</source>
        <translation>连接已中止</translation>
    </message>
    <message>
        <source>send buffer full: the peer is not reading (%1 bytes waiting)</source>
        <translation>发送缓冲区已满：对方没有读取（%1 字节待发送）</translation>
    </message>
    <message>
        <source>send buffer full: %1 bytes wait for the connection</source>
        <translation>发送缓冲区已满：%1 字节在等待连接</translation>
    </message>
    <message>
        <source>not connected: connect to a server before sending</source>
        <translation>未连接：请先连接服务器再发送</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>连接被对方关闭</translation>
    </message>
    <message>
        <source>connection to %1 timed out after %2 ms</source>
        <translation>连接 %1 超时（%2 毫秒）</translation>
    </message>
    <message>
        <source>reset by the peer</source>
        <translation>连接被对方重置</translation>
    </message>
    <message>
        <source>connection to %1 reset by the peer</source>
        <translation>与 %1 的连接被对方重置</translation>
    </message>
    <message>
        <source>%1; %2 queued bytes were dropped because the server did not take them</source>
        <translation>%1；服务器没有接收，排队的 %2 字节已丢弃</translation>
    </message>
    <message>
        <source>cannot send: the sending side of the connection to %1 is closed</source>
        <translation>无法发送：到 %1 的连接的发送方向已关闭</translation>
    </message>
    <message>
        <source>not connected yet: the TLS handshake with %1 is under way</source>
        <translation>尚未连接：正在与 %1 进行 TLS 握手</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>warning: continuing although %1</source>
        <translation>警告：仍然继续，尽管%1</translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpConnection</name>
    <message>
        <source>the connection cannot be watched</source>
        <translation>无法监视该连接</translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpServerPanel</name>
    <message>
        <source>no connected client is selected: select clients in the list, or send to all clients</source>
        <translation>未选择已连接的客户端：请在列表中选择客户端，或发送给所有客户端</translation>
    </message>
    <message>
        <source>no connected client is selected</source>
        <translation>未选择已连接的客户端</translation>
    </message>
    <message>
        <source>&amp;Stop listening</source>
        <translation>停止监听(&amp;S)</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>&amp;Start listening</source>
        <translation>开始监听(&amp;S)</translation>
    </message>
    <message>
        <source>Not listening; connected clients stay until you disconnect them</source>
        <translation>未监听；已连接的客户端会保持连接，直到你断开它们</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>未监听</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) connected</source>
        <translation>
            <numerusform>已连接 %n 个客户端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n gone</source>
        <translation>
            <numerusform>，%n 个已断开</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 over the client limit, %2 over the per-IP limit; closed idle: %3</source>
        <translation>已拒绝：超出客户端上限 %1 个，超出单 IP 上限 %2 个；空闲关闭：%3 个</translation>
    </message>
    <message>
        <source>Any address (IPv4 and IPv6)</source>
        <translation>任意地址（IPv4 和 IPv6）</translation>
    </message>
    <message>
        <source>Any IPv4 address (0.0.0.0)</source>
        <translation>任意 IPv4 地址（0.0.0.0）</translation>
    </message>
    <message>
        <source>Any IPv6 address (::)</source>
        <translation>任意 IPv6 地址（::）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Echo what was received</source>
        <translation>原样回显收到的数据</translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation>固定回复</translation>
    </message>
    <message>
        <source>Selected clients</source>
        <translation>选中的客户端</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>所有客户端</translation>
    </message>
    <message>
        <source>Start listening, or stop (connected clients stay)</source>
        <translation>开始监听，或停止监听（已连接的客户端保持连接）</translation>
    </message>
    <message>
        <source>Start or stop listening</source>
        <translation>开始或停止监听</translation>
    </message>
    <message>
        <source>Disconnect the selected clients</source>
        <translation>断开选中的客户端</translation>
    </message>
    <message>
        <source>Disconnect all clients</source>
        <translation>断开所有客户端</translation>
    </message>
    <message>
        <source>Remove closed clients from the list</source>
        <translation>从列表中移除已断开的客户端</translation>
    </message>
    <message>
        <source>Show only the current client&apos;s traffic</source>
        <translation>只显示当前客户端的数据</translation>
    </message>
    <message>
        <source>Listen address as typed</source>
        <translation>输入的监听地址</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>已连接的客户端</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>TLS with %1</source>
        <translation>TLS 使用%1</translation>
    </message>
    <message>
        <source>Listening on %1 with TLS</source>
        <translation>正在监听 %1（TLS）</translation>
    </message>
    <message>
        <source>The auto-reply and the rules both answer now: a request can get two replies (switch one of them off)</source>
        <translation>自动回复和规则现在都会回复：一个请求可能收到两条回复（请关闭其中一个）</translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpServerSession</name>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>port %1 on every address (IPv4 and IPv6)</source>
        <translation>所有地址（IPv4 和 IPv6）的端口 %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 个</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped listening on %1; %n client(s) stay connected</source>
        <translation>
            <numerusform>已停止监听 %1；%n 个客户端保持连接</numerusform>
        </translation>
    </message>
    <message>
        <source>accepting clients again</source>
        <translation>重新开始接受客户端</translation>
    </message>
    <message numerus="yes">
        <source>refused %1: %n client(s) connected, the maximum</source>
        <translation>
            <numerusform>拒绝 %1：已连接 %n 个客户端，达到上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %1: %n connection(s) from %2 already, the maximum per address</source>
        <translation>
            <numerusform>拒绝 %1：来自 %2 的连接已有 %n 个，达到单个地址的上限</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot accept more clients: the process has used all of its %1 file descriptors (ulimit -n); waiting clients are accepted as others leave</source>
        <translation>无法接受更多客户端：进程已用完全部 %1 个文件描述符（ulimit -n）；其他客户端断开后再接受等待中的客户端</translation>
    </message>
    <message>
        <source>auto-reply to %1 skipped: its send buffer is full (%2 bytes waiting)</source>
        <translation>未自动回复 %1：其发送缓冲区已满（%2 字节待发送）</translation>
    </message>
    <message>
        <source>no client is connected: nothing was sent</source>
        <translation>没有已连接的客户端：未发送任何数据</translation>
    </message>
    <message>
        <source>no client selected: nothing was sent</source>
        <translation>未选择客户端：未发送任何数据</translation>
    </message>
    <message numerus="yes">
        <source>not sent to %n client(s) no longer connected: %1</source>
        <translation>
            <numerusform>未发送给 %n 个已断开的客户端：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent to %n client(s) whose send buffer is full (they are not reading): %1</source>
        <translation>
            <numerusform>未发送给 %n 个发送缓冲区已满（对方未读取）的客户端：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>disconnected by you</source>
        <translation>已由你断开</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>客户端已关闭连接</translation>
    </message>
    <message>
        <source>connection reset by the client</source>
        <translation>连接被客户端重置</translation>
    </message>
    <message>
        <source>connection error: %1</source>
        <translation>连接错误：%1</translation>
    </message>
    <message>
        <source>%1; %2 queued bytes were dropped because the client did not take them</source>
        <translation>%1；客户端未接收，已丢弃排队的 %2 字节</translation>
    </message>
    <message numerus="yes">
        <source>closed by the idle timeout: nothing received for %n second(s)</source>
        <translation>
            <numerusform>空闲超时关闭：%n 秒内未收到数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reset the connection before it was admitted</source>
        <translation>%1 在被接纳之前重置了连接</translation>
    </message>
    <message>
        <source>TLS with %1: %2</source>
        <translation>与 %1 的 TLS：%2</translation>
    </message>
    <message>
        <source>TLS with %1: %2; client certificate %3</source>
        <translation>与 %1 的 TLS：%2；客户端证书 %3</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsClientControls</name>
    <message>
        <source>certificate not verified</source>
        <translation>不校验证书</translation>
    </message>
    <message>
        <source>verified against the system&apos;s CAs</source>
        <translation>用系统 CA 校验</translation>
    </message>
    <message>
        <source>verified against %1</source>
        <translation>用 %1 校验</translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation>服务器名称 %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>客户端证书 %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>服务器的证书被拒绝：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>服务器的证书</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate…</source>
        <translation>证书(&amp;R)…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain of the last TLS handshake</source>
        <translation>上一次 TLS 握手中服务器的证书链</translation>
    </message>
    <message>
        <source>Show the server&apos;s certificate</source>
        <translation>显示服务器的证书</translation>
    </message>
    <message>
        <source>&amp;Trust once and connect</source>
        <translation>信任一次并连接(&amp;T)</translation>
    </message>
    <message>
        <source>Accept this certificate despite its problems until Sockpit is closed; each connection says so in the log</source>
        <translation>在 Sockpit 关闭前接受此证书，即使它有问题；每次连接都会在日志中注明</translation>
    </message>
    <message>
        <source>Trust this certificate once and connect</source>
        <translation>信任此证书一次并连接</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsClientDialog</name>
    <message>
        <source>Certificate problems will only be warned about in the log.</source>
        <translation>证书问题只会在日志中作为警告。</translation>
    </message>
    <message>
        <source>TLS settings of the TCP client</source>
        <translation>TCP 客户端的 TLS 设置</translation>
    </message>
    <message>
        <source>Server &amp;name (SNI):</source>
        <translation>服务器名称 (SNI)(&amp;N)：</translation>
    </message>
    <message>
        <source>the host typed</source>
        <translation>输入的主机</translation>
    </message>
    <message>
        <source>Server name for SNI and the certificate check</source>
        <translation>用于 SNI 和证书校验的服务器名称</translation>
    </message>
    <message>
        <source>The name sent to the server (SNI) and checked against its certificate</source>
        <translation>发送给服务器 (SNI) 并与其证书核对的名称</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>校验服务器的证书(&amp;V)</translation>
    </message>
    <message>
        <source>Off: a certificate with problems is accepted, and each problem is a warning in the log</source>
        <translation>关闭：接受有问题的证书，每个问题在日志中记为警告</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>系统的 CA</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <source>client certificate file</source>
        <translation>客户端证书文件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>client key file</source>
        <translation>客户端密钥文件</translation>
    </message>
    <message>
        <source>&amp;Minimum version:</source>
        <translation>最低版本(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsConnection</name>
    <message>
        <source>the peer closed the connection during the TLS handshake</source>
        <translation>对端在 TLS 握手期间关闭了连接</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s: the client sent nothing, or no TLS</source>
        <translation>%1 秒内没有 TLS 握手：客户端什么也没发送，或发送的不是 TLS</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 s</source>
        <translation>TLS 握手未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>the client closed the connection during the TLS handshake (it may not trust this server&apos;s certificate)</source>
        <translation>客户端在 TLS 握手期间关闭了连接（它可能不信任本服务器的证书）</translation>
    </message>
    <message>
        <source>the client sent no certificate, and this server requires one</source>
        <translation>客户端没有发送证书，而本服务器要求证书</translation>
    </message>
    <message>
        <source>the client&apos;s certificate (%1) is not signed by the client CA this server trusts</source>
        <translation>客户端的证书（%1）不是由本服务器信任的客户端 CA 签发的</translation>
    </message>
    <message>
        <source>the client&apos;s certificate: %1</source>
        <translation>客户端的证书：%1</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsDiagnosis</name>
    <message>
        <source>the certificate expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1 (check the clocks of both machines)</source>
        <translation>证书在 %1 之前无效（请检查双方机器的时钟）</translation>
    </message>
    <message>
        <source>the certificate is self-signed: no trusted authority vouches for it; choose it (or its CA) as the CA file, or continue once</source>
        <translation>证书是自签名的：没有受信任的机构为其担保；请将它（或它的 CA）选为 CA 文件，或仅此一次继续</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer &apos;%1&apos; is unknown: it is not among the trusted CAs; choose its CA file</source>
        <translation>证书的签发者“%1”未知：它不在受信任的 CA 中；请选择它的 CA 文件</translation>
    </message>
    <message>
        <source>the certificate is for %1, not for &apos;%2&apos;; connect by one of those names or set the server name</source>
        <translation>证书是颁发给 %1 的，而不是“%2”；请使用其中一个名称连接，或设置服务器名称</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>没有任何名称</translation>
    </message>
    <message>
        <source>the certificate has been revoked by its issuer</source>
        <translation>证书已被其签发者吊销</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature does not match: it was altered, or signed by another key</source>
        <translation>证书签名不匹配：证书被篡改过，或由其他密钥签名</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>the server asked for a client certificate: choose a certificate and key</source>
        <translation>服务器要求客户端证书：请选择证书和密钥</translation>
    </message>
    <message>
        <source>the peer does not speak TLS on this port (it answered in plain text)</source>
        <translation>对端在此端口上不使用 TLS（它以明文应答）</translation>
    </message>
    <message>
        <source>no TLS version both sides speak: check the minimum version on both sides</source>
        <translation>双方没有共同支持的 TLS 版本：请检查双方的最低版本设置</translation>
    </message>
    <message>
        <source>the two sides share no cipher or TLS version the other accepts</source>
        <translation>双方没有对方可接受的共同密码套件或 TLS 版本</translation>
    </message>
    <message>
        <source>the peer refused our certificate (it does not trust its issuer)</source>
        <translation>对端拒绝了我们的证书（它不信任其签发者）</translation>
    </message>
    <message>
        <source>the client speaks plain TCP, not TLS, to this TLS port</source>
        <translation>客户端向此 TLS 端口发送的是明文 TCP，不是 TLS</translation>
    </message>
    <message>
        <source>the client sent no certificate, and this server requires one</source>
        <translation>客户端没有发送证书，而本服务器要求证书</translation>
    </message>
    <message>
        <source>the client&apos;s certificate is not signed by the client CA this server trusts</source>
        <translation>客户端的证书不是由本服务器信任的客户端 CA 签发的</translation>
    </message>
    <message>
        <source>the client offers no TLS version or cipher this server accepts (check the minimum version)</source>
        <translation>客户端提供的 TLS 版本或加密套件本服务器都不接受（请检查最低版本）</translation>
    </message>
    <message>
        <source>the client does not trust this server&apos;s certificate: give it the CA that issued it (a self-signed certificate: the certificate itself)</source>
        <translation>客户端不信任本服务器的证书：请把签发它的 CA 交给客户端（自签名证书：就是证书本身）</translation>
    </message>
    <message>
        <source>the server refused the handshake: it may require a client certificate (choose a certificate and key), or share no cipher or TLS version with this client</source>
        <translation>服务器拒绝了握手：它可能要求客户端证书（请选择证书和私钥），也可能与本客户端没有共同的加密套件或 TLS 版本</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsServerControls</name>
    <message>
        <source>self-signed for %1</source>
        <translation>为 %1 自签名</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>client certificates required (%1)</source>
        <translation>要求客户端证书（%1）</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsServerDialog</name>
    <message>
        <source>TLS settings of the TCP server</source>
        <translation>TCP 服务器的 TLS 设置</translation>
    </message>
    <message>
        <source>&amp;Self-signed, made now for:</source>
        <translation>自签名，现在为此生成(&amp;S)：</translation>
    </message>
    <message>
        <source>A new certificate and key for this host name, made when the server starts listening; clients must accept it (its SHA-256 fingerprint is in the log)</source>
        <translation>为此主机名生成新的证书和密钥，在服务器开始监听时生成；客户端必须接受它（其 SHA-256 指纹见日志）</translation>
    </message>
    <message>
        <source>Host name of the self-signed certificate</source>
        <translation>自签名证书的主机名</translation>
    </message>
    <message>
        <source>Certificate and key from &amp;files:</source>
        <translation>从文件读取证书和密钥(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>证书(&amp;E)：</translation>
    </message>
    <message>
        <source>server certificate file</source>
        <translation>服务器证书文件</translation>
    </message>
    <message>
        <source>PEM certificate, with its chain</source>
        <translation>PEM 证书，含证书链</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>server key file</source>
        <translation>服务器密钥文件</translation>
    </message>
    <message>
        <source>PEM private key</source>
        <translation>PEM 私钥</translation>
    </message>
    <message>
        <source>&amp;Require client certificates</source>
        <translation>要求客户端证书(&amp;R)</translation>
    </message>
    <message>
        <source>Clients without a certificate signed by the client CA are refused</source>
        <translation>没有由客户端 CA 签发的证书的客户端会被拒绝</translation>
    </message>
    <message>
        <source>Client &amp;CA file:</source>
        <translation>客户端 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>client CA file</source>
        <translation>客户端 CA 文件</translation>
    </message>
    <message>
        <source>the CA that signs the clients&apos; certificates</source>
        <translation>签发客户端证书的 CA</translation>
    </message>
    <message>
        <source>&amp;Minimum version:</source>
        <translation>最低版本(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsSetup</name>
    <message>
        <source>TLS is not available: Qt found no TLS backend (is OpenSSL 3 installed?)</source>
        <translation>TLS 不可用：Qt 没有找到 TLS 后端（是否已安装 OpenSSL 3？）</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation>无法读取%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2 is too large for a certificate or key file</source>
        <translation>%1 %2 太大，不像证书或密钥文件</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>a client certificate needs both its certificate file and its key file</source>
        <translation>客户端证书需要同时提供证书文件和密钥文件</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>the server certificate holds no PEM certificate</source>
        <translation>服务器证书中没有 PEM 证书</translation>
    </message>
    <message>
        <source>client CA file</source>
        <translation>客户端 CA 文件</translation>
    </message>
    <message>
        <source>certificate %1 (issued by %2), SHA-256 %3</source>
        <translation>证书 %1（由 %2 签发），SHA-256 %3</translation>
    </message>
    <message>
        <source>a self-signed certificate made for %1, SHA-256 %2</source>
        <translation>为 %1 生成的自签名证书，SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 %2 holds no certificate (PEM or DER)</source>
        <translation>%1 %2 中没有证书（PEM 或 DER）</translation>
    </message>
    <message>
        <source>the key %1 is protected by a passphrase: give it</source>
        <translation>密钥 %1 受密码保护：请提供密码</translation>
    </message>
    <message>
        <source>the passphrase of the key %1 is wrong</source>
        <translation>密钥 %1 的密码错误</translation>
    </message>
    <message>
        <source>%1 holds no private key Sockpit can read (PEM: RSA, EC or DSA)</source>
        <translation>%1 中没有 Sockpit 能读取的私钥（PEM：RSA、EC 或 DSA）</translation>
    </message>
    <message>
        <source>made for this server</source>
        <translation>为本服务器生成的</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsSwitch</name>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>TLS 1.2 or later</source>
        <translation>TLS 1.2 或更高</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>明文 TCP</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>Passphrase of the key</source>
        <translation>密钥的口令</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase:</source>
        <translation>密钥 %1 受口令保护：</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>TLS(&amp;L)</translation>
    </message>
    <message>
        <source>Encrypt the connection with TLS</source>
        <translation>用 TLS 加密连接</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>使用 TLS</translation>
    </message>
    <message>
        <source>TLS settings…</source>
        <translation>TLS 设置…</translation>
    </message>
    <message>
        <source>TLS settings</source>
        <translation>TLS 设置</translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsVersionCombo</name>
    <message>
        <source>TLS 1.2</source>
        <translation>TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>Minimum TLS version</source>
        <translation>最低 TLS 版本</translation>
    </message>
</context>
<context>
    <name>Sockpit::TrafficLog</name>
    <message>
        <source>RX</source>
        <translation>收</translation>
    </message>
    <message>
        <source>TX</source>
        <translation>发</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Sockpit::TrafficRecorder</name>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
</context>
<context>
    <name>Sockpit::UdpPanel</name>
    <message>
        <source>enter the local port to bind (0 lets the system choose)</source>
        <translation>请输入要绑定的本地端口（0 表示由系统选择）</translation>
    </message>
    <message>
        <source>cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>enter the target as HOST:PORT</source>
        <translation>请以 主机:端口 的形式输入目标</translation>
    </message>
    <message>
        <source>cannot reply: select a received datagram in the log first</source>
        <translation>无法回复：请先在日志中选中一条收到的数据报</translation>
    </message>
    <message>
        <source>Send the input to %1, the sender of the selected datagram</source>
        <translation>把输入内容发送给 %1（所选数据报的发送方）</translation>
    </message>
    <message>
        <source>Select a received datagram in the log to reply to its sender</source>
        <translation>在日志中选中一条收到的数据报，即可回复其发送方</translation>
    </message>
    <message>
        <source>Un&amp;bind</source>
        <translation>解除绑定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>Close the port; joined groups are left</source>
        <translation>关闭端口；已加入的组会自动退出</translation>
    </message>
    <message>
        <source>Receive datagrams on this address and port</source>
        <translation>在此地址和端口上接收数据报</translation>
    </message>
    <message>
        <source>Unbind the port</source>
        <translation>解除端口绑定</translation>
    </message>
    <message>
        <source>Bind the port</source>
        <translation>绑定端口</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>已绑定到 %1</translation>
    </message>
    <message>
        <source>Sending from port %1, chosen by the system; replies to it are shown</source>
        <translation>正从系统选择的端口 %1 发送；发到该端口的回复会显示出来</translation>
    </message>
    <message>
        <source>Not bound: Send uses a port the system chooses; bind to receive on a port of your own</source>
        <translation>未绑定：发送时使用系统选择的端口；绑定后可在自己指定的端口上接收</translation>
    </message>
    <message>
        <source>Every address (IPv4 and IPv6)</source>
        <translation>所有地址（IPv4 和 IPv6）</translation>
    </message>
    <message>
        <source>0.0.0.0 (every IPv4 address)</source>
        <translation>0.0.0.0（所有 IPv4 地址）</translation>
    </message>
    <message>
        <source>:: (every IPv6 address)</source>
        <translation>::（所有 IPv6 地址）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Target as typed (HOST:PORT)</source>
        <translation>输入的目标（主机:端口）</translation>
    </message>
</context>
<context>
    <name>Sockpit::UdpSession</name>
    <message>
        <source>&apos;%1&apos; is not a multicast group: IPv4 groups are 224.0.0.0–239.255.255.255 (class D), IPv6 groups start with ff</source>
        <translation>&apos;%1&apos; 不是组播地址：IPv4 组播地址为 224.0.0.0–239.255.255.255（D 类），IPv6 组播地址以 ff 开头</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（接口 %2）</translation>
    </message>
    <message>
        <source>port %1 on every IPv4 and IPv6 address</source>
        <translation>所有 IPv4 和 IPv6 地址的端口 %1</translation>
    </message>
    <message>
        <source>sending from %1, a port chosen by the system; replies to it are shown</source>
        <translation>正从系统选择的端口 %1 发送；发到该端口的回复会显示出来</translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation>已绑定到 %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>已关闭 %1</translation>
    </message>
    <message>
        <source>could not switch broadcast: %1</source>
        <translation>无法切换广播：%1</translation>
    </message>
    <message>
        <source>could not set the multicast options: %1</source>
        <translation>无法设置组播选项：%1</translation>
    </message>
    <message>
        <source>%1 datagrams waiting for %2 were not sent: the target changed</source>
        <translation>等待发往 %2 的 %1 个数据报未发送：目标已更改</translation>
    </message>
    <message>
        <source>%1 datagrams waiting for %2 were not sent</source>
        <translation>等待发往 %2 的 %1 个数据报未发送</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 的地址是 %2</translation>
    </message>
    <message>
        <source>%1 more datagrams to %2 were not sent</source>
        <translation>另有 %1 个发往 %2 的数据报未发送</translation>
    </message>
    <message>
        <source>datagram of %1 bytes not sent: one datagram carries at most %2 bytes</source>
        <translation>%1 字节的数据报未发送：一个数据报最多携带 %2 字节</translation>
    </message>
    <message>
        <source>datagram not sent: %1 datagrams already wait for the address of %2</source>
        <translation>数据报未发送：已有 %1 个数据报在等待 %2 的地址解析</translation>
    </message>
    <message>
        <source>datagram not sent: the address of %1 is unknown; set the target again</source>
        <translation>数据报未发送：%1 的地址未知；请重新设置目标</translation>
    </message>
    <message>
        <source>datagram not sent: no target; enter HOST:PORT to send to</source>
        <translation>数据报未发送：没有目标；请输入要发送到的 主机:端口</translation>
    </message>
    <message>
        <source>datagram not sent: no peer to send to; select a received datagram first</source>
        <translation>数据报未发送：没有发送对象；请先选中一条收到的数据报</translation>
    </message>
    <message>
        <source>datagram of %1 bytes not sent: one IPv4 datagram carries at most %2 bytes</source>
        <translation>%1 字节的数据报未发送：一个 IPv4 数据报最多携带 %2 字节</translation>
    </message>
    <message>
        <source>datagram of %1 bytes not sent: one IPv6 datagram carries at most %2 bytes</source>
        <translation>%1 字节的数据报未发送：一个 IPv6 数据报最多携带 %2 字节</translation>
    </message>
    <message>
        <source>datagram not sent: 255.255.255.255 reaches every host of the local network; switch broadcast on to send to it</source>
        <translation>数据报未发送：255.255.255.255 会送到本地网络的每台主机；请先打开广播再发送</translation>
    </message>
    <message>
        <source>datagram not sent: %1 is the broadcast address of a local network; switch broadcast on to send to it</source>
        <translation>数据报未发送：%1 是本地网络的广播地址；请先打开广播再发送</translation>
    </message>
    <message>
        <source>datagram to %1 cut by the system: %2 of %3 bytes sent</source>
        <translation>发往 %1 的数据报被系统截断：只发送了 %3 字节中的 %2 字节</translation>
    </message>
    <message>
        <source>datagram to %1 not sent: %2 (if it is a broadcast address, switch broadcast on)</source>
        <translation>发往 %1 的数据报未发送：%2（如果这是广播地址，请打开广播）</translation>
    </message>
    <message>
        <source>datagram not sent: %1 is IPv4 but this port is bound to IPv6 address %2; bind to every address to use both</source>
        <translation>数据报未发送：%1 是 IPv4 地址，但此端口绑定在 IPv6 地址 %2 上；绑定到所有地址即可同时使用两者</translation>
    </message>
    <message>
        <source>datagram not sent: %1 is IPv6 but this port is bound to IPv4 address %2; bind to every address to use both</source>
        <translation>数据报未发送：%1 是 IPv6 地址，但此端口绑定在 IPv4 地址 %2 上；绑定到所有地址即可同时使用两者</translation>
    </message>
    <message>
        <source>%1 is not a joined group</source>
        <translation>%1 不是已加入的组</translation>
    </message>
    <message>
        <source>%1 is joined already</source>
        <translation>%1 已经加入</translation>
    </message>
    <message>
        <source>bind a port before joining %1: the group&apos;s datagrams arrive at the port you bind</source>
        <translation>加入 %1 之前请先绑定端口：组播数据报会送到你绑定的端口</translation>
    </message>
    <message>
        <source>cannot receive group %1 on a port bound to %2: bind to every address, e.g. port %3 alone</source>
        <translation>绑定在 %2 上的端口收不到组 %1 的数据报：请绑定到所有地址，例如只写端口 %3</translation>
    </message>
    <message>
        <source>%1 is an IPv6 group but this port is bound to IPv4 only: bind to [::]:%2 or to every address</source>
        <translation>%1 是 IPv6 组，但此端口只绑定了 IPv4：请绑定到 [::]:%2 或所有地址</translation>
    </message>
    <message>
        <source>%1 is an IPv4 group but this port is bound to IPv6 only: bind to 0.0.0.0:%2 or to every address</source>
        <translation>%1 是 IPv4 组，但此端口只绑定了 IPv6：请绑定到 0.0.0.0:%2 或所有地址</translation>
    </message>
    <message>
        <source>this system cannot join IPv4 group %1 on a port bound to every address: bind to 0.0.0.0:%2</source>
        <translation>本系统无法在绑定所有地址的端口上加入 IPv4 组 %1：请绑定到 0.0.0.0:%2</translation>
    </message>
    <message>
        <source>could not join %1: %2</source>
        <translation>无法加入 %1：%2</translation>
    </message>
    <message>
        <source>could not leave %1: %2</source>
        <translation>无法退出 %1：%2</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>已加入 %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>已退出 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a host name; a multicast group is an address such as 239.1.2.3 or ff15::1</source>
        <translation>&apos;%1&apos; 是主机名；组播组应是地址，例如 239.1.2.3 或 ff15::1</translation>
    </message>
    <message>
        <source>receiving on %1 failed: %2</source>
        <translation>在 %1 上接收失败：%2</translation>
    </message>
    <message>
        <source>%1 datagrams to %2 were dropped by the system: they came faster than they were read and the receive buffer was full</source>
        <translation>发往 %2 的 %1 个数据报被系统丢弃：它们到达的速度超过了读取速度，接收缓冲区已满</translation>
    </message>
</context>
<context>
    <name>TcpClientPanel</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or a host name, of the server to connect to</source>
        <translation>要连接的服务器的 IPv4、IPv6 地址或主机名</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>服务器主机</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Server port, 1–65535</source>
        <translation>服务器端口，1–65535</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>7788</source>
        <translation>7788</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the connection</source>
        <translation>等待服务器接受连接的最长时间</translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation>连接超时（毫秒）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Short connection: every send connects, sends, waits for the reply, then closes</source>
        <translation>短连接：每次发送都先连接，发送后等待回复，然后关闭</translation>
    </message>
    <message>
        <source>&amp;Short connection</source>
        <translation>短连接(&amp;S)</translation>
    </message>
    <message>
        <source>Short connection: how long to wait for more reply data before closing</source>
        <translation>短连接：关闭前等待更多回复数据的时间</translation>
    </message>
    <message>
        <source>Reply wait in milliseconds</source>
        <translation>回复等待时间（毫秒）</translation>
    </message>
    <message>
        <source>wait </source>
        <translation>等待 </translation>
    </message>
</context>
<context>
    <name>TcpServerPanel</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Where to listen: every address (IPv4 and IPv6), every IPv4 or IPv6 address, or one address of this machine</source>
        <translation>监听位置：所有地址（IPv4 和 IPv6）、所有 IPv4 或 IPv6 地址，或本机的某一个地址</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Port to listen on, 1–65535 (0 lets the system choose); ports below 1024 need administrator rights</source>
        <translation>要监听的端口，1–65535（0 表示由系统选择）；低于 1024 的端口需要管理员权限</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source>&amp;Start listening</source>
        <translation>开始监听(&amp;S)</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Max &amp;clients:</source>
        <translation>最大客户端数(&amp;C)：</translation>
    </message>
    <message>
        <source>Clients beyond this many are refused and closed at once; 0 means unlimited</source>
        <translation>超出此数量的客户端会被拒绝并立即关闭；0 表示不限</translation>
    </message>
    <message>
        <source>Maximum number of clients</source>
        <translation>最大客户端数</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Per &amp;IP:</source>
        <translation>每 IP(&amp;I)：</translation>
    </message>
    <message>
        <source>Connections from one IP address beyond this many are refused; 0 means unlimited</source>
        <translation>同一 IP 地址超出此数量的连接会被拒绝；0 表示不限</translation>
    </message>
    <message>
        <source>Maximum connections per IP address</source>
        <translation>每个 IP 地址的最大连接数</translation>
    </message>
    <message>
        <source>I&amp;dle timeout:</source>
        <translation>空闲超时(&amp;D)：</translation>
    </message>
    <message>
        <source>Close a client that sent nothing for this many seconds; 0 means never</source>
        <translation>关闭在这么多秒内没有发送任何数据的客户端；0 表示从不</translation>
    </message>
    <message>
        <source>Idle timeout in seconds</source>
        <translation>空闲超时（秒）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Auto-&amp;reply:</source>
        <translation>自动回复(&amp;R)：</translation>
    </message>
    <message>
        <source>Answer every chunk a client sends: not at all, with the same bytes, or with a fixed reply</source>
        <translation>对客户端发来的每段数据如何回复：不回复、原样回显，或固定回复</translation>
    </message>
    <message>
        <source>Auto-reply mode</source>
        <translation>自动回复方式</translation>
    </message>
    <message>
        <source>The fixed reply, encoded like the send box (backslash escapes work), or hex bytes when Hex is on</source>
        <translation>固定回复，按发送框的编码转换（支持反斜杠转义），勾选 Hex 时为十六进制字节</translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation>固定回复</translation>
    </message>
    <message>
        <source>The fixed reply is hex bytes, e.g. 74 68 61 6E 6B</source>
        <translation>固定回复为十六进制字节，例如 74 68 61 6E 6B</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>十六进制(&amp;X)</translation>
    </message>
    <message>
        <source>Fixed reply is hex</source>
        <translation>固定回复为十六进制</translation>
    </message>
    <message>
        <source>Defences so far</source>
        <translation>防护统计</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>输入错误</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Every client that connected; select one or more to send to, disconnect or filter the log</source>
        <translation>所有连接过的客户端；选择一个或多个客户端来发送数据、断开连接或筛选日志</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>客户端列表</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>发送给(&amp;T)：</translation>
    </message>
    <message>
        <source>Whom the Send button sends to: the clients selected in the list, or every connected client</source>
        <translation>“发送”按钮的发送对象：列表中选中的客户端，或所有已连接的客户端</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送给</translation>
    </message>
    <message>
        <source>Close the connections of the selected clients</source>
        <translation>关闭选中客户端的连接</translation>
    </message>
    <message>
        <source>Disconnect se&amp;lected</source>
        <translation>断开选中(&amp;L)</translation>
    </message>
    <message>
        <source>Close every client&apos;s connection (listening goes on)</source>
        <translation>关闭所有客户端的连接（继续监听）</translation>
    </message>
    <message>
        <source>Disconnect &amp;all</source>
        <translation>全部断开(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the clients that have left from the list</source>
        <translation>从列表中移除已离开的客户端</translation>
    </message>
    <message>
        <source>Re&amp;move closed</source>
        <translation>移除已断开(&amp;M)</translation>
    </message>
    <message>
        <source>Show only the current client&apos;s traffic in the receive log</source>
        <translation>接收日志中只显示当前客户端的数据</translation>
    </message>
    <message>
        <source>Log: current client &amp;only</source>
        <translation>日志：仅当前客户端(&amp;O)</translation>
    </message>
    <message>
        <source>Client count</source>
        <translation>客户端数量</translation>
    </message>
</context>
<context>
    <name>UdpPanel</name>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Which local address to receive on: every IPv4 and IPv6 address, every address of one family, or one address of this machine</source>
        <translation>在哪个本地地址上接收：所有 IPv4 和 IPv6 地址、某一类的所有地址，或本机的某一个地址</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Local port to bind, 0–65535; 0 lets the system choose</source>
        <translation>要绑定的本地端口，0–65535；0 表示由系统选择</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>Port state</source>
        <translation>端口状态</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远端</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Where Send delivers: HOST:PORT, [IPv6]:PORT, a host name, a broadcast address or a multicast group</source>
        <translation>发送的目的地：主机:端口、[IPv6]:端口、主机名、广播地址或组播组</translation>
    </message>
    <message>
        <source>Target address</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>Repl&amp;y to sender</source>
        <translation>回复发送方(&amp;Y)</translation>
    </message>
    <message>
        <source>Send the input to the sender of the datagram selected in the log</source>
        <translation>把输入内容发送给日志中所选数据报的发送方</translation>
    </message>
    <message>
        <source>Reply to the sender of the selected datagram</source>
        <translation>回复所选数据报的发送方</translation>
    </message>
    <message>
        <source>Senders:</source>
        <translation>发送方：</translation>
    </message>
    <message>
        <source>Recent senders, newest first</source>
        <translation>最近的发送方，最新的在前</translation>
    </message>
    <message>
        <source>Recent senders</source>
        <translation>最近的发送方</translation>
    </message>
    <message>
        <source>&amp;Use as target</source>
        <translation>设为目标(&amp;U)</translation>
    </message>
    <message>
        <source>Make the chosen sender the target of Send</source>
        <translation>把所选发送方设为发送的目标</translation>
    </message>
    <message>
        <source>Use the chosen sender as target</source>
        <translation>把所选发送方设为目标</translation>
    </message>
    <message>
        <source>&amp;Only this sender</source>
        <translation>只看此发送方(&amp;O)</translation>
    </message>
    <message>
        <source>Show only the datagrams from and to the chosen sender in the log</source>
        <translation>日志中只显示与所选发送方往来的数据报</translation>
    </message>
    <message>
        <source>Show only the chosen sender</source>
        <translation>只显示所选发送方</translation>
    </message>
    <message>
        <source>Broadcast and multicast</source>
        <translation>广播和组播</translation>
    </message>
    <message>
        <source>Broad&amp;cast</source>
        <translation>广播(&amp;C)</translation>
    </message>
    <message>
        <source>Allow sending to broadcast addresses (255.255.255.255 or the last address of a network), which reach every host of the local network</source>
        <translation>允许发送到广播地址（255.255.255.255 或网段的最后一个地址），这会送到本地网络的每台主机</translation>
    </message>
    <message>
        <source>Allow broadcast</source>
        <translation>允许广播</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>网络接口(&amp;I)：</translation>
    </message>
    <message>
        <source>The network interface to join groups on and to send multicast through; its broadcast address is offered as a target</source>
        <translation>加入组播组和发送组播所用的网络接口；它的广播地址会作为可选目标</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <source>A multicast group: IPv4 224.0.0.0–239.255.255.255 (class D) or IPv6 ff00::/8</source>
        <translation>组播组：IPv4 224.0.0.0–239.255.255.255（D 类）或 IPv6 ff00::/8</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>组播组</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Receive the datagrams sent to this group (bind a port first)</source>
        <translation>接收发往此组的数据报（请先绑定端口）</translation>
    </message>
    <message>
        <source>Join group</source>
        <translation>加入组</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Stop receiving the group chosen in the joined list</source>
        <translation>不再接收已加入列表中所选的组</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>退出组</translation>
    </message>
    <message>
        <source>Joine&amp;d:</source>
        <translation>已加入(&amp;D)：</translation>
    </message>
    <message>
        <source>The groups this port has joined</source>
        <translation>此端口已加入的组</translation>
    </message>
    <message>
        <source>Joined groups</source>
        <translation>已加入的组</translation>
    </message>
    <message>
        <source>Hop limit (TTL):</source>
        <translation>跳数限制 (TTL)：</translation>
    </message>
    <message>
        <source>How many routers a multicast datagram may cross: 1 stays on the local network, 0 on this machine</source>
        <translation>组播数据报最多可经过几个路由器：1 表示只在本地网络，0 表示只在本机</translation>
    </message>
    <message>
        <source>Multicast TTL or hop limit</source>
        <translation>组播 TTL 或跳数限制</translation>
    </message>
    <message>
        <source>Own datagrams loop bac&amp;k</source>
        <translation>本机也接收自己发的组播(&amp;K)</translation>
    </message>
    <message>
        <source>Deliver the multicast datagrams this port sends to this machine too</source>
        <translation>此端口发送的组播数据报也送到本机</translation>
    </message>
    <message>
        <source>Multicast loopback</source>
        <translation>组播回环</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>输入问题</translation>
    </message>
</context>
</TS>
