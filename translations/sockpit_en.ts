<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RelayPanel</name>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[HOST:]PORT to listen on: the port alone listens on every address (IPv4 and IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT each client is connected to ([IPv6]:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1:7788</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the target to accept each connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the relay settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;C→T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the client (of the selected pair, or of all): its data waits, nothing is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause client to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use T→C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the target (of the selected pair, or of all): its data waits, nothing is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause target to client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close both connections of the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send box &amp;injects into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the send box sends: the target or the client of the selected pair (of every pair when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send box injects into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::AddressText</name>
    <message>
        <source>three colons in a row: &apos;::&apos; stands for the zero groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with a single &apos;:&apos;; write &apos;::&apos; for leading zero groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with a single &apos;:&apos;; write &apos;::&apos; for trailing zero groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it should be four numbers 0–255 separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs four numbers separated by dots, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is missing between the dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a leading zero (write %2; some tools read leading zeros as octal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv4 part &apos;%1&apos; must come last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its IPv4 part &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has more than four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 groups and &apos;::&apos;, which stands for at least one more: at most seven with &apos;::&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than eight groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 groups; without &apos;::&apos; it needs eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the groups and colons do not form an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone after &apos;%&apos; is empty; name an interface, e.g. %eth0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone &apos;%1&apos; has a second &apos;%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone &apos;%1&apos; holds &apos;%2&apos;, which no interface name has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CaptureSink</name>
    <message>
        <source>cannot open capture file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing capture file &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program reads from this pipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CertificateInfo</name>
    <message>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: %1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an older or unknown protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 of %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::Checksum</name>
    <message>
        <source>no checksum named: write one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown checksum &apos;%1&apos;: known are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: write FROM or FROM,BACK (bytes left out at the start and before the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of bytes in the checksum range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes left out of the checksum range is not possible: 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a byte order: write be or le (or a range FROM[,BACK])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is one part too many: write NAME[:be|le][:FROM[,BACK]]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::ChecksumBar</name>
    <message>
        <source>No checksum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type data to see its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → appends %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → bytes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;sum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checksum of the data to send: shown as you type, appended when ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppend to each send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the checksum&apos;s bytes to the end of every send and repeat (files are sent as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order, and the bytes the checksum leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum byte order and range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum byte order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the start the checksum leaves out, e.g. a start byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the start the checksum skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the end the checksum leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the end the checksum skips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::ClientTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s number in this server&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the client last sent data; the idle timeout counts from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, or how the connection ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain TCP, or the client&apos;s TLS version and certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::Codec</name>
    <message>
        <source>encoding &apos;%1&apos; is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex digit at column %1 has no partner: write bytes as two digits (0%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;0x&apos; at column %1 is not followed by a hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 is not a hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone &apos;\&apos; at column %1 ends the text; write \\ for a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;\x&apos; at column %1 needs two hex digits, as in \x0D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; at column %2; known: \r \n \t \\ \0 \xHH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has characters that %1 cannot encode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandEditor</name>
    <message>
        <source>checksum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot; already has a command named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sends %n byte(s): %1</source>
        <translation>
            <numerusform>Sends %n byte: %1</numerusform>
            <numerusform>Sends %n bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be sent in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Modbus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \t \\ \0 \xHH), or hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the command is encoded in the session&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended after the line ending, e.g. CRC-16/MODBUS, crc32:be or sum8:be:1 (byte order, then bytes left out at the front and back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandLibrary</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The file was kept as %2 and the library starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It could not be moved aside, so the library is not saved until the file is mended or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &quot;%1&quot; in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) have a command &quot;%1&quot;: write it as group/name</source>
        <translation>
            <numerusform>%n group have a command &quot;%1&quot;: write it as group/name</numerusform>
            <numerusform>%n groups have a command &quot;%1&quot;: write it as group/name</numerusform>
        </translation>
    </message>
    <message>
        <source>a command needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a command needs a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot;: a group&apos;s name cannot hold &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are two groups named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has two commands named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command library is a JSON object with &quot;version&quot; and &quot;groups&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this Sockpit reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;groups&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is broken and could not be moved aside: mend or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &quot;%1&quot; in group &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a group named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;comment&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;commands&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, command %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandLibraryPanel</name>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &quot;%1&quot; cannot be sent in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent &quot;%1&quot; (%n byte(s))</source>
        <translation>
            <numerusform>Sent &quot;%1&quot; (%n byte)</numerusform>
            <numerusform>Sent &quot;%1&quot; (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of group &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the command &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group &quot;%1&quot; and its commands?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command libraries (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the file&apos;s commands to the library (a command with the same group and name is replaced), or replace the whole library with the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n command(s)</source>
        <translation>
            <numerusform>Imported %n command</numerusform>
            <numerusform>Imported %n commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replaced</source>
        <translation>
            <numerusform>, %n replaced</numerusform>
            <numerusform>, %n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Export commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command libraries (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n command(s) to %1</source>
        <translation>
            <numerusform>Exported %n command to %1</numerusform>
            <numerusform>Exported %n commands to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected command (Enter or double-click; Ctrl+1 … Ctrl+9 send the first nine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new command (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From send box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what the send box holds as a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from send box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected command, or rename the selected group (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected command or group (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commands from a library file, or replace the library with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the library to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandLine</name>
    <message>
        <source>Sockpit: a network debugging tool for TCP and UDP, with encodings such as GBK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: remembered, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of sent and received text: UTF-8 (default), GBK, GB18030, Big5, Shift_JIS, EUC-KR, ISO-8859-1, UTF-16LE, UTF-16BE or Hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every received byte to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: received data to stdout, stdin sent, state and errors to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a TCP server at HOST:PORT ([IPv6]:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for TCP clients on [HOST:]PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server: refuse clients beyond N at once (0: unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server: refuse more than N connections from one IP (0: unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server: close a client silent for SECONDS (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server: send every received chunk back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server: answer every received chunk with TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a UDP socket to [HOST:]PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: send to HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: join the multicast GROUP (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: allow sending to broadcast addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain an IP address, e.g. 192.168.1.10/24, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Sockpit; use zh_CN or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --echo and --reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-clients, --max-per-ip, --idle-timeout, --echo and --reply need --tcp-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--peer, --join and --broadcast need --udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut received data into frames, one a line headless: gap:MS (a pause ends a frame), delim:HEX (e.g. 0D0A; add ;strip to drop it), fixed:N or length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]; add ;max:BYTES to limit a frame (default 65536).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a checksum to every line sent and verify received frames (datagrams without --frame): CRC-8, CRC-16/MODBUS, CRC-16/CCITT-FALSE, CRC-16/XMODEM, CRC-16/ARC, CRC-32, CRC-32C, SUM8, SUM16, XOR8 or LRC, then :be or :le for the byte order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin is read only as fast as the peer takes it, and by a server only while a client is connected; a long line goes as it streams, in pieces of at most 16 KiB. Text that is not UTF-8 is sent as U+FFFD and reported once with its byte offset; --raw sends bytes unchanged. A message repeated on stderr is said once, then counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer closed the connection (TCP client), SIGINT or SIGTERM, or the reader of stdout went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: send stdin&apos;s bytes unchanged and write received bytes to stdout unchanged, like netcat (no encoding). UDP: each read from stdin is one datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--raw needs --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --raw and --encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--raw passes bytes unchanged: leave out --frame and --checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-timeout needs --tcp-client or --relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay needs --to HOST:PORT, the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs --relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frame and --checksum need --tcp-client, --tcp-server, --udp or --relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules needs --headless with --tcp-client, --tcp-server or --udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --rules and --echo / --reply (a rules file can hold an echo rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--junit needs --sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence and --junit need a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence needs --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence runs on --tcp-client or --udp: a server or a relay has no one peer to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence with --udp needs --peer HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --raw and --sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --rules and --sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checksum does not apply to --sequence: give a send step its own &quot;checksum&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless, with --tcp-client, or --udp and --peer: run the test sequence in FILE (JSON) once connected, one line per step on stdout; exit 0 when every step passed, 1 when one failed or timed out, 2 when the file is bad. Received data is not printed (--capture keeps it); stdin is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sequence: also write the results to FILE as JUnit XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: answer received frames by the rules in FILE (JSON; see docs/examples), on any session. Frames are cut as --frame says, per read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: write the traffic to FILE as pcapng (for Wireshark) while running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay TCP: listen on [HOST:]PORT and connect each client to the target of --to, in the Relay tab; headless, one line per read (or frame) on stdout with its direction and pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay: the target, HOST:PORT ([IPv6]:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pcap FILE needs --headless (the window exports from its File menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --tcp-client, --tcp-server, --udp, --relay and --ipcalc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs --tcp-client, --tcp-server, --udp or --relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay writes a line per read with its direction: leave out --raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With TLS, stderr has the session (&quot;TLS 1.3, TLS_AES_256_GCM_SHA384&quot;) and the peer&apos;s certificates. A server first says its own certificate with its SHA-256 fingerprint, then each client&apos;s handshake or why it failed, and goes on serving the others; stdin waits for a client whose handshake is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network failure: refused, reset or timed out, or a failed TLS handshake (TCP client), cannot listen or bind; or stdout cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad arguments, a rules file that cannot be used, a capture file that cannot be opened, a certificate or key that cannot be used, or stdin that cannot be sent (bad hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client connect timeout in milliseconds (default 5000); a TLS handshake then gets as long again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-min: &apos;%1&apos; is not a TLS version Sockpit accepts as the minimum; use 1.2 or 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client or server: speak TLS. Headless, the session and the peer&apos;s certificate are described on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client: the server name sent (SNI) and checked in its certificate (default: the host connected to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client: trust the CAs in FILE (PEM) instead of the system&apos;s. TLS server: require a client certificate, signed by a CA in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate in FILE (PEM), with --key: the client&apos;s own, or the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the private key of --cert in FILE (PEM). The passphrase of an encrypted key is read from the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client: continue despite the server certificate&apos;s problems (expired, self-signed, another name…), each said on stderr as a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS server: a certificate for NAME, made on the spot (implies --tls); its SHA-256 fingerprint, on stderr, is what clients check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the oldest version accepted, 1.2 (default) or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --tcp-client or --tcp-server: TLS runs over TCP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-signed makes a server&apos;s certificate: it needs --tcp-server (a client may give --cert and --key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sni is for --tcp-client: a server answers with its one certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--insecure is for --tcp-client: a server checks client certificates only with --ca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --tls (or --self-signed NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key: the key %1 is protected by a passphrase: set the environment variable %2 to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CommandTree</name>
    <message>
        <source>hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line ending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1, %n command(s)</source>
        <translation>
            <numerusform>Group %1, %n command</numerusform>
            <numerusform>Group %1, %n commands</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command library columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the selected command, F2 edits it, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::CountersBar</name>
    <message>
        <source>    %1 old entries left the log view (the capture file keeps everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the byte and chunk counters back to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad frames: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received frames whose checksum did not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX %1 bytes / %2 frames    TX %3 bytes / %4 datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX %1 bytes / %2 frames    TX %3 bytes / %4 sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show received and sent bytes per second over the last minutes (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::DelimiterText</name>
    <message>
        <source>type a delimiter, e.g. \r\n or 0x03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 is empty: remove the extra &apos;|&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 has no bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::EncodingSelector</name>
    <message>
        <source>Encoding of received and sent text. GBK and GB18030 suit Chinese devices; Hex shows and sends raw bytes. Another encoding name may be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::EndpointParser</name>
    <message>
        <source>host name &apos;%1&apos; is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; has an empty part between dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; has a part longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: &apos;%2&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: a part starts or ends with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range 0–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: it needs four numbers separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: a number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: %2 is over 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is empty; expected HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has &apos;[&apos; without a closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; expected HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: write an IPv6 address as [ADDRESS]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is empty; expected [HOST:]PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [ADDRESS]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a host name; binding needs a local IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the groups and colons do not form an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address: its brackets do not pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::FrameMatch</name>
    <message>
        <source>hex pattern: &apos;%1&apos; at column %2 is not a hex digit or ??</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex pattern is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex pattern: an odd number of digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex pattern: &apos;%1&apos; mixes a digit and ?; a wildcard is ??</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (exact, starts-with, contains, regex, hex or any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;match&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ignoreCase&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular expression: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::FramingBar</name>
    <message>
        <source>%1 — still in use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A datagram always ends a frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;aming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How received bytes become log rows (frames). The default, an idle gap of %1 ms, shows a reply a slow device writes byte by byte as one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the settings of the framing and of the checksum check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the last bytes of every received frame against this checksum: ✓ or ✗ on the row, bad frames counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum to verify on received frames</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::FramingDetails</name>
    <message>
        <source>Every read from the socket (every datagram) is a row, as it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame ends when no byte has come for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle gap in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\r\n or 0x03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes (\r\n, END) or hex starting with 0x (0x03, 0x0D 0x0A); separate several with |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame delimiters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the delimiter at the end of each frame, or strip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame len&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed frame length in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length field at &amp;offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length field offset in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length field width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length field byte order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes after the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the length field counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the length field&apos;s value, e.g. 2 for a CRC after the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length adjustment in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer frame is cut here and marked; the rest follows as further frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum frame size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum b&amp;yte order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received checksum byte order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the start of a frame the checksum leaves out, e.g. a start byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at the start the checksum skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip before checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes just before the checksum that it leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes before the checksum it skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;ngest frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame still getting bytes ends once it has lasted this long, so a stream that never pauses still shows. Auto: 1 s, or ten gaps when that is longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest frame time in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::FramingSpec</name>
    <message>
        <source>write read, gap:MS, delim:HEX[,HEX…], fixed:N or length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an idle gap of %1 ms cannot end a frame: give at least 1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an idle gap of %1 ms is too long: at most %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a maximum frame size of %1 bytes cannot hold a frame: give at least 1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a maximum frame size of %1 bytes is too large: at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed frames of %1 bytes are impossible: give at least 1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed frames of %1 bytes are longer than the maximum frame size of %2 bytes (raise it with ;max:BYTES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter framing needs at least one delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delimiters are too many: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 is %2 bytes long: at most %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 is longer than the maximum frame size of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length field cannot start at a negative offset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length field of %1 bytes is not supported: the width is 1, 2 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length field (offset %1, %2 bytes) ends past the maximum frame size of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length adjustment of %1 is absurd: at most ±%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap needs a time in milliseconds, e.g. gap:50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an idle gap in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delim needs at least one delimiter in hex, e.g. delim:0D0A or delim:0x03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 (&apos;%2&apos;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 is empty: write its bytes in hex, e.g. 0D0A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed needs a frame length in bytes, e.g. fixed:8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a frame length in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither payload, whole nor a length adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a length adjustment (a number of bytes, e.g. 2 or -2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; after the length field is one field too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length needs OFFSET,WIDTH,be|le[,payload|whole][,ADJUST], e.g. length:0,2,be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offset for the length field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length field at offset %1 is past any frame: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a width for the length field: 1, 2 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a byte order for the length field: write be or le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no framing given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read takes no value (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown framing &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;strip applies to delim framing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;strip takes no value (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;max needs a size in bytes, e.g. ;max:65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a maximum frame size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-byte %2 length at offset %3 counts %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-byte %2 length at offset %3, adjusted by %4, counts %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown framing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every read (every datagram) is a frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame ends with %1, kept at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame ends with %1, removed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every frame is %1 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames are cut at %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame time of %1 ms is too long: at most %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;time applies to gap framing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;;time&apos; needs the longest a frame lasts in milliseconds, e.g. ;time:1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty option after &apos;;&apos;: write ;max:BYTES, for gap ;time:MS or, for delim, ;strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;;%1&apos; is not a framing option: write ;max:BYTES, for gap ;time:MS or, for delim, ;strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame ends after %1 ms of silence or after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame that lasts at most %1 ms cannot wait for an idle gap of %2 ms: make the longest frame time at least the gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessFrames</name>
    <message numerus="yes">
        <source>%n frame(s) had a bad checksum</source>
        <translation>
            <numerusform>%n frame had a bad checksum</numerusform>
            <numerusform>%n frames had a bad checksum</numerusform>
        </translation>
    </message>
    <message>
        <source>frame %1 from %2 [%3 B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: incomplete, its stream ended first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cut at the maximum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too short to hold its %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bad %2, expected %3, received %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessResponder</name>
    <message>
        <source>%1 answered %2 [%3 B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes the connection to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessRunner</name>
    <message>
        <source>--headless needs --tcp-client, --tcp-server or --udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>datagram from %1, %n byte(s)</source>
        <translation>
            <numerusform>datagram from %1, %n byte</numerusform>
            <numerusform>datagram from %1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>stdout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin is not valid UTF-8 at byte %1; sent as U+FFFD — use --raw to send bytes unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(the message above repeated %Ln more time(s))</source>
        <translation>
            <numerusform>(the message above repeated %Ln more time)</numerusform>
            <numerusform>(the message above repeated %Ln more times)</numerusform>
        </translation>
    </message>
    <message>
        <source>stdin ended: TLS has no half-close, so the connection stays open for the server&apos;s answers until the server closes it (Ctrl+C ends the run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessSequence</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence &quot;%1&quot;: %2 passed, %3 failed, %4 timed out, %5 skipped in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--junit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::HeadlessTls</name>
    <message>
        <source>%1: the connection ended before the TLS handshake was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to connect despite its problems: --insecure (each is then said as a warning), or --ca with the CA file that vouches for it, or --sni with a name it is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::InputChunker</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::IpCalc</name>
    <message>
        <source>the prefix after &apos;/&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; is not a number (expected 0–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix /%1 is over 32: an IPv4 prefix is 0–32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix /%1 is over 128: an IPv6 prefix is 0–128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: its 1 bits must come first; it looks like a wildcard mask, the inverse of %2 (/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: its 1 bits are not contiguous (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is empty: type an IPv4 or IPv6 address, e.g. 192.168.1.10/24 or 2001:db8::1/64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address takes a prefix length (/0–/128), not a dotted mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: type an IPv4 address (192.168.1.10) or an IPv6 address (2001:db8::1); host names are not looked up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnets of /%1 would be larger than the /%2 network; choose a prefix from /%2 to /%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a /%1 network has %2 host bits, so it splits into at most 2^%2 subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: one &apos;/&apos; or space goes between the address and its prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address before the prefix is missing, e.g. 192.168.1.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone goes inside the brackets: [%1%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a port: the calculator takes an address and its prefix, e.g. %2/64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::IpCalcPanel</name>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.10/24, 10.0.0.1 255.0.0.0 or 2001:db8::1/64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address with an optional /prefix or netmask, or an IPv6 address with an optional /prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same subnet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second address (a gateway, say):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into 2^n subnets, n =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into subnets of prefix /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an address to put it into the calculator; click a gateway to check it against the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address: 192.168.1.10/24, 192.168.1.10 255.255.255.0 or 2001:db8::1/64. Results follow as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /%1 is a single address: type a shorter prefix to split a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1 has no default mask: type a prefix to split a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2^%1 = %2 subnets of /%3, usable hosts in each: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2^%1 = %2 subnets of /%3, addresses in each: 2^%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the list shows the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a second address to see whether it is on the same network: a default gateway must be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a valid address above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a port number 0–65535 to see its range and its usual service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common service: none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system picks outgoing ports from %1–%2, so %3 may already be taken by a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system picks outgoing ports from %1–%2; %3 is outside that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC / details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to put %1 into the calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to check %1 against the calculator&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network interfaces found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::IpCalcReport</name>
    <message>
        <source>IP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class default mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network part (by class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host part (by class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First usable host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last usable host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary (network|host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netmask in binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone (scope id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the netmask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none typed: class %1&apos;s default mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none typed: class %1 has no default mask, so one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a /31 is a point-to-point link (RFC 3021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a /32 is a single address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (both ends of a point-to-point link, RFC 3021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a single host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (2^%2 − 2: the network and broadcast addresses are not hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network address: it names the network, no host may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broadcast address: a packet to it reaches every host of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface-local (1): loopback only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local (2): this link only, never routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realm-local (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin-local (4): configured by administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-local (5): one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization-local (8): one organization&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global (14): the whole internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transient (assigned dynamically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent (well-known, assigned by IANA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;this network&quot; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared address space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmarking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local network multicast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4-mapped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global unicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique local (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-local (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2^%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are of different IP versions: they are never on the same network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1 is outside %2. %3 reaches it through its default gateway, and could not use it as the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: it is the same address, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, but %1 is the network address of %2: it names the network and is no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, but %1 is the broadcast address of %2: it reaches every host and is no gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1 is on %2 like %3. They reach each other directly, and %1 can be %3&apos;s default gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by the leading bit only: not a class A network (first octet %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, multicast (first octet %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reserved (first octet %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first octet %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a class D address names a multicast group, it has no network and host parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: class E is reserved for experiments, it has no network and host parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.x.x.x means &quot;this network&quot;: its leading bit 0 is class A&apos;s, but it is not a class A network (those are 1–126)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.x.x.x is loopback, this machine itself: its leading bit 0 is class A&apos;s, but it is not a class A network (those are 1–126)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;this network&quot; (RFC 1122): only a source address while a host learns its own; 0.0.0.0 also means &quot;any address&quot; when listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private network (RFC 1918): for local networks, not routed on the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared address space (RFC 6598): between a provider&apos;s carrier-grade NAT and its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback (RFC 1122): this machine itself; packets never leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local (RFC 3927): self-assigned when no DHCP server answers; not routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation (RFC 5737): for examples in books and manuals, never used on a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmarking (RFC 2544): for testing network equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local network control multicast (RFC 5771): never forwarded by routers (224.0.0.1 all hosts, 224.0.0.2 all routers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast (class D): one packet to a group of hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved (class E): for future use, not usable on networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited broadcast: every host on the local network; routers never forward it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public: a global internet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified (::): no address yet; &quot;any address&quot; when listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback (::1): this machine itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4-mapped (::ffff:0:0/96): an IPv4 address seen through an IPv6 socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation (2001:db8::/32, RFC 3849): for examples, never used on a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global unicast (2000::/3): a public internet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique local (fc00::/7, RFC 4193): the private range of IPv6, not routed on the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local (fe80::/10): valid only on one link; every IPv6 interface has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-local (fec0::/10): deprecated by RFC 3879, replaced by unique local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast (ff00::/8): one packet to a group of hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved by the IETF: not allocated for use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::JUnitReport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::JsonFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a JSON file of Sockpit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::Launch</name>
    <message>
        <source>receiving on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::LibCrypto</name>
    <message>
        <source>cannot load OpenSSL&apos;s libcrypto (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no function %2: OpenSSL 3&apos;s libcrypto is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::LogLine</name>
    <message numerus="yes">
        <source> … (%n more byte(s))</source>
        <translation>
            <numerusform> … (%n more byte)</numerusform>
            <numerusform> … (%n more bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s))</source>
        <translation>
            <numerusform> … (%n more character)</numerusform>
            <numerusform> … (%n more characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1 B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut at the maximum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ expected %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C→T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T→C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ too short for its %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::MainWindow</name>
    <message>
        <source>About Sockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sockpit %1&lt;/h3&gt;&lt;p&gt;A network debugging tool: TCP client, TCP server, UDP and an IP calculator, with GBK, UTF-8 and other encodings.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockpit — network debugging tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::PcapngExport</name>
    <message>
        <source>cannot create the pcapng file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the pcapng file &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::PcapngExportAction</name>
    <message>
        <source>&amp;Export as pcapng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every entry of this tab&apos;s log to a pcapng file for Wireshark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as pcapng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng files (*.pcapng);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tab has no log to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log exported as pcapng to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as pcapng failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::PcapngRecorder</name>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::PortInfo</name>
    <message>
        <source>well-known port (0–1023): kept for standard services; listening on it usually needs administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered port (1024–49151): registered with IANA for applications; the tutorial calls every port from 1024 up dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic or private port (49152–65535): free for temporary use; the tutorial calls every port from 1024 up dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends back what it receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops what it receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date and time as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file transfer, active-mode data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure shell, remote login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote login, unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain registration lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address assignment, server side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address assignment, client side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trivial file transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows remote procedure calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows name service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows datagram service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows session service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading mail on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network device management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network device alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing between networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web pages over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows file sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending mail over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec VPN key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industrial device control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing inside a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming media control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory service over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file transfer over TLS, data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file transfer over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading mail over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching mail over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP device discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows remote desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice over IP signalling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name resolution on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web pages, often a proxy or a development server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web pages over TLS, alternative port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT messaging over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RateChart</name>
    <message>
        <source>Rate chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (peak %2, average %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX %1    TX %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TX %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::ReceiveLogModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A frame of %n byte(s)</source>
        <translation>
            <numerusform>A frame of %n byte</numerusform>
            <numerusform>A frame of %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: the connection (or the datagram) ended before the frame did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut at the maximum frame size: the rest follows in the next rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 matches: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 does not match: expected %2, received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected into the client of pair #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected into the target of pair #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client → target, pair #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target → client, pair #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ too short to hold its %1: %n byte(s) needed</source>
        <translation>
            <numerusform>✗ too short to hold its %1: %n byte needed</numerusform>
            <numerusform>✗ too short to hold its %1: %n bytes needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockpit::ReceiveLogView</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>capture to %1 stopped after %n byte(s)</source>
        <translation>
            <numerusform>capture to %1 stopped after %n byte</numerusform>
            <numerusform>capture to %1 stopped after %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>capturing received bytes to %1 (appending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>View paused: %n new entry(s) not shown</source>
        <translation>
            <numerusform>View paused: %n new entry not shown</numerusform>
            <numerusform>View paused: %n new entries not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Capturing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show payloads as decoded text, as hex bytes, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new entries; scrolling up to read stops following until you return to the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the view; data is still received, counted and captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all entries from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every entry in the log as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every received byte, raw, to a file (not limited by the log size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received bytes (*.bin);;pcapng for Wireshark, both directions (*.pcapng);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pcapng capture to %1 stopped after %n packet(s)</source>
        <translation>
            <numerusform>pcapng capture to %1 stopped after %n packet</numerusform>
            <numerusform>pcapng capture to %1 stopped after %n packets</numerusform>
        </translation>
    </message>
    <message>
        <source>no session to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capturing the traffic both ways to %1 as pcapng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RelayPairModel</name>
    <message>
        <source>Connecting to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 B waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 B injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target → client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RelayPanel</name>
    <message>
        <source>pair #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses client → target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses target → client of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Relaying %1 → %2, %n pair(s)</source>
        <translation>
            <numerusform>Relaying %1 → %2, %n pair</numerusform>
            <numerusform>Relaying %1 → %2, %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not relaying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start relaying, or stop and close every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop relaying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RelaySession</name>
    <message>
        <source>the target %1 is this relay itself (it listens on %2): refused, it would connect to itself without end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot accept more clients: the process has no file descriptor left (ulimit -n); waiting clients are accepted as pairs close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting clients again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target to relay to: give its HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaying %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped relaying on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 not found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to target %1 timed out after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is this relay itself: refused, it would connect to itself without end; relaying stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client finished sending — passed on to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target finished sending — passed on to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client reset the connection — passed on as a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target reset the connection — passed on as a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client connection failed (%1) — passed on as a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target connection failed (%1) — passed on as a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the relay: the client reset its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the relay: the target reset its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the side to inject into: the client or the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing injected: pair #%1 has no open connection to its %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing injected: no pair has an open connection to its %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::ReplyTemplate</name>
    <message>
        <source>column %1: {%2}: captures go up to {%3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: {%2}: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: a lone &apos;}&apos;; write }} for a brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: &apos;{&apos; is not closed; write {{ for a brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; cannot be encoded in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: unknown placeholder {%2} (use {0}…{%3}, {counter}, {time}, {date}, {frame}, {frame:hex}, {checksum:NAME}, or {{ and }} for braces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::Responder</name>
    <message>
        <source>rules: %1 has no connection to close (UDP); the frame is left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: %1 does not read its replies; answers to it are skipped until it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rules: %1 reads again; %n reply(ies) to it were skipped</source>
        <translation>
            <numerusform>rules: %1 reads again; %n reply(ies) to it were skipped</numerusform>
            <numerusform>rules: %1 reads again; %n reply(ies) to it were skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>rules: more than %1 delayed answers are waiting; further ones are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rules: %n delayed answer(s) to %1 dropped: it left</source>
        <translation>
            <numerusform>rules: %n delayed answer to %1 dropped: it left</numerusform>
            <numerusform>rules: %n delayed answers to %1 dropped: it left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockpit::Rule</name>
    <message>
        <source>unknown action &apos;%1&apos; (reply, close or ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;action&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;delayMs&quot; must be a whole number of milliseconds from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of &quot;reply&quot; and &quot;replyHex&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleEditor</name>
    <message>
        <source>Edit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delay (ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \t \xHH), a regular expression, or hex bytes with ?? for any byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore case (regular expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply is &amp;hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleListModel</name>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hex %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleSet</name>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rules file is an object: {&quot;version&quot;: 1, &quot;rules&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1 (a rules file of this Sockpit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules are more than the %2 a list may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: a rule is an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delay must be from 0 to %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is empty: type what to answer, or choose &quot;do nothing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reply: {%1} is not there: the match has %n group(s)</source>
        <translation>
            <numerusform>reply: {%1} is not there: the match has %n group</numerusform>
            <numerusform>reply: {%1} is not there: the match has %n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockpit::RuleTester</name>
    <message>
        <source>The frame cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes it and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule takes it: there are no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule takes it: no switched-on rule matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule takes it: every rule is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does nothing (the rules after it do not see the frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would send nothing (the reply is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::RulesPanel</name>
    <message>
        <source>%1. The file was kept as %2 and the rules start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It could not be moved aside; the rules start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are used but not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules stay as they were compiled for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an echo rule: it answers every frame with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fixed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every frame with these hex bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every frame with this text (escapes such as \r\n work):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a fixed reply rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (*.rules.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n rule(s) in the list with the file&apos;s?</source>
        <translation>
            <numerusform>Replace the %n rule in the list with the file&apos;s?</numerusform>
            <numerusform>Replace the %n rules in the list with the file&apos;s?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1</source>
        <translation>
            <numerusform>Imported %n rule from %1</numerusform>
            <numerusform>Imported %n rules from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (*.rules.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1</source>
        <translation>
            <numerusform>Exported %n rule to %1</numerusform>
            <numerusform>Exported %n rules to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer received frames by the first switched-on rule that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame to test (text with escapes, or hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new rule (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected rule (F2, Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule up: the first matching rule wins (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add echo rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule that answers every frame with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fixed reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule that answers every frame with the same reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the rules with a rules file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rules to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every rule&apos;s hit count back to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which rule would take the frame and what it would send, sending nothing (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SelfSigned</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a self-signed certificate needs a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a self-signed certificate is valid for 1 to 3650 days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a self-signed certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SendBox</name>
    <message numerus="yes">
        <source>file sending cancelled after %n byte(s)</source>
        <translation>
            <numerusform>file sending cancelled after %n byte</numerusform>
            <numerusform>file sending cancelled after %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Send file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to send: the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is already being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>file sending stopped after %n byte(s)</source>
        <translation>
            <numerusform>file sending stopped after %n byte</numerusform>
            <numerusform>file sending stopped after %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Text to send (Ctrl+Enter sends). Escapes: \r \n \t \\ \0 \xHH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the input as hex bytes, e.g. 48 65 6C 6C 6F or 0x48,0x65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn \r \n \t \\ \0 and \xHH in the text into bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended to every text send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same data again at this interval until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat interval in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the raw bytes of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History (%n)</source>
        <translation>
            <numerusform>History (%n)</numerusform>
            <numerusform>History (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>[hex] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a recent send to put it back into the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SendItem</name>
    <message>
        <source>unknown line ending &apos;%1&apos; (none, lf, crlf or cr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of &quot;text&quot; and &quot;hex&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hex&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;encoding&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;encoding&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lineEnding&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;checksum&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::Sequence</name>
    <message>
        <source>a sequence is a JSON object: {&quot;version&quot;: 1, &quot;steps&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1, the version this Sockpit reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (version, name, commands, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;commands&quot; must be an object of named sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list of at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a sequence is a JSON object: {&quot;version&quot;: 1, &quot;steps&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send hex %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command is called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no steps to repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of milliseconds from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: give exactly one of &quot;send&quot;, &quot;wait&quot;, &quot;expect&quot; and &quot;repeat&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2): unknown field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2): &quot;name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;send&quot; must be an object: {&quot;text&quot;: …}, {&quot;hex&quot;: …} or {&quot;command&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;command&quot; must be a command&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a send of a command holds &quot;command&quot; alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expect&quot; must be an object: {&quot;match&quot;: …, &quot;pattern&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;onFail&quot; must be &quot;fail&quot; or &quot;continue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be a count from 1 to %1, or &quot;forever&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats nest deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list of the steps to repeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SequenceLogMarks</name>
    <message>
        <source>Sequence &quot;%1&quot; starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ step %1 [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step lines folded: %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 timed out, %4 skipped in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SequencePanel</name>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sequence file, or write one here, then Check and Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run before opening another sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than a sequence can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s) in %1</source>
        <translation>
            <numerusform>Ready: %n step in %1</numerusform>
            <numerusform>Ready: %n steps in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run: not connected. A sequence runs over the panel&apos;s connection; connect (or bind) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: the connection cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot; (Shift+F5 stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the sequence (Save as…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sequence first: the report holds a run&apos;s results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the results to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences (*.sequence.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences (*.sequence.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results as JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sequence over the connection (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: a sequence runs over the panel&apos;s connection; connect (or bind) first (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sequence file (.sequence.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text to the open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text: every step parsed, every command found, every send encodable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run: the remaining steps are skipped (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JUnit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the last run&apos;s results as JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence text (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;version&quot;: 1, &quot;steps&quot;: [{&quot;send&quot;: {&quot;text&quot;: &quot;PING&quot;}}, {&quot;expect&quot;: {&quot;match&quot;: &quot;contains&quot;, &quot;pattern&quot;: &quot;PONG&quot;}}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, text and results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SequenceRunner</name>
    <message>
        <source>there is no session to send on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) sent</source>
        <translation>
            <numerusform>%n byte sent</numerusform>
            <numerusform>%n bytes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing received within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received within %1 ms, none matched; the last: %2</source>
        <translation>
            <numerusform>%n frame received within %1 ms, none matched; the last: %2</numerusform>
            <numerusform>%n frames received within %1 ms, none matched; the last: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::Session</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SessionConfig</name>
    <message>
        <source>fixed reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0 milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the server&apos;s host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixed reply is empty: type what to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the port to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 group: bind to [::]:PORT or to every address (PORT alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4 group: bind to 0.0.0.0:PORT or to every address (PORT alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: group datagrams only reach a port bound to every address; bind to port %2 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hop limit is 0–255, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the target to relay to, as HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client key needs its certificate file too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate needs its key file too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose certificate files or a self-signed certificate, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS server needs a certificate: choose its file and key, or make a self-signed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server key needs its certificate file too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server certificate needs its key file too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requiring client certificates needs the CA file they are checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS server needs a certificate: give --cert FILE and --key FILE, or --self-signed NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SessionPanel</name>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SessionWorkspace</name>
    <message>
        <source>E&amp;ncoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate chart unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the command library (F9); Ctrl+1 … Ctrl+9 send its first nine commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the command library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::SocketErrors</name>
    <message>
        <source>connection to %1 refused: nothing is listening on that port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host of %1 not found: check the name or the DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: permission denied (ports below 1024 need administrator rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of sockets or file descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operation timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the datagram is larger than the system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: network error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in use by another program or socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not supported on this system (is IPv6 enabled?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 failed: the network is unreachable (check the address and this machine&apos;s network settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 failed: no route to the host (is it switched on and on this network?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::StepResultModel</name>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpClientPanel</name>
    <message>
        <source>cannot send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short connection: each send connects, waits for the reply, then closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (local port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server, or disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: trusting the refused certificate (SHA-256 %1) for this run despite: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (TLS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 over %2 (local port %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpClientSession</name>
    <message>
        <source>short connection closed after waiting %1 ms for more data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server address: enter a host and a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send buffer full: the peer is not reading (%1 bytes waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send buffer full: %1 bytes wait for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: connect to a server before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 timed out after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 reset by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 queued bytes were dropped because the server did not take them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send: the sending side of the connection to %1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected yet: the TLS handshake with %1 is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: continuing although %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpConnection</name>
    <message>
        <source>the connection cannot be watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpServerPanel</name>
    <message>
        <source>no connected client is selected: select clients in the list, or send to all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connected client is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening; connected clients stay until you disconnect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) connected</source>
        <translation>
            <numerusform>%n client connected</numerusform>
            <numerusform>%n clients connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n gone</source>
        <translation>
            <numerusform>, %n gone</numerusform>
            <numerusform>, %n gone</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 over the client limit, %2 over the per-IP limit; closed idle: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any address (IPv4 and IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any IPv4 address (0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any IPv6 address (::)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo what was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start listening, or stop (connected clients stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove closed clients from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the current client&apos;s traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auto-reply and the rules both answer now: a request can get two replies (switch one of them off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TcpServerSession</name>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 on every address (IPv4 and IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped listening on %1; %n client(s) stay connected</source>
        <translation>
            <numerusform>stopped listening on %1; %n client stay connected</numerusform>
            <numerusform>stopped listening on %1; %n clients stay connected</numerusform>
        </translation>
    </message>
    <message>
        <source>accepting clients again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>refused %1: %n client(s) connected, the maximum</source>
        <translation>
            <numerusform>refused %1: %n client connected, the maximum</numerusform>
            <numerusform>refused %1: %n clients connected, the maximum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %1: %n connection(s) from %2 already, the maximum per address</source>
        <translation>
            <numerusform>refused %1: %n connection from %2 already, the maximum per address</numerusform>
            <numerusform>refused %1: %n connections from %2 already, the maximum per address</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot accept more clients: the process has used all of its %1 file descriptors (ulimit -n); waiting clients are accepted as others leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-reply to %1 skipped: its send buffer is full (%2 bytes waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client is connected: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client selected: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not sent to %n client(s) no longer connected: %1</source>
        <translation>
            <numerusform>not sent to %n client no longer connected: %1</numerusform>
            <numerusform>not sent to %n clients no longer connected: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent to %n client(s) whose send buffer is full (they are not reading): %1</source>
        <translation>
            <numerusform>not sent to %n client whose send buffer is full (they are not reading): %1</numerusform>
            <numerusform>not sent to %n clients whose send buffer is full (they are not reading): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>disconnected by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 queued bytes were dropped because the client did not take them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>closed by the idle timeout: nothing received for %n second(s)</source>
        <translation>
            <numerusform>closed by the idle timeout: nothing received for %n second</numerusform>
            <numerusform>closed by the idle timeout: nothing received for %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reset the connection before it was admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1: %2; client certificate %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsClientControls</name>
    <message>
        <source>certificate not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified against the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;rtificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain of the last TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust once and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this certificate despite its problems until Sockpit is closed; each connection says so in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate once and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsClientDialog</name>
    <message>
        <source>Certificate problems will only be warned about in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS settings of the TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;name (SNI):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name for SNI and the certificate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name sent to the server (SNI) and checked against its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a certificate with problems is accepted, and each problem is a warning in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsConnection</name>
    <message>
        <source>the peer closed the connection during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s: the client sent nothing, or no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client closed the connection during the TLS handshake (it may not trust this server&apos;s certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client sent no certificate, and this server requires one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s certificate (%1) is not signed by the client CA this server trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsDiagnosis</name>
    <message>
        <source>the certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid before %1 (check the clocks of both machines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed: no trusted authority vouches for it; choose it (or its CA) as the CA file, or continue once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer &apos;%1&apos; is unknown: it is not among the trusted CAs; choose its CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is for %1, not for &apos;%2&apos;; connect by one of those names or set the server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has been revoked by its issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s signature does not match: it was altered, or signed by another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked for a client certificate: choose a certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer does not speak TLS on this port (it answered in plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS version both sides speak: check the minimum version on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two sides share no cipher or TLS version the other accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer refused our certificate (it does not trust its issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client speaks plain TCP, not TLS, to this TLS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client sent no certificate, and this server requires one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s certificate is not signed by the client CA this server trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client offers no TLS version or cipher this server accepts (check the minimum version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client does not trust this server&apos;s certificate: give it the CA that issued it (a self-signed certificate: the certificate itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the handshake: it may require a client certificate (choose a certificate and key), or share no cipher or TLS version with this client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsServerControls</name>
    <message>
        <source>self-signed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificates required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsServerDialog</name>
    <message>
        <source>TLS settings of the TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-signed, made now for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new certificate and key for this host name, made when the server starts listening; clients must accept it (its SHA-256 fingerprint is in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name of the self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and key from &amp;files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate, with its chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients without a certificate signed by the client CA are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA that signs the clients&apos; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsSetup</name>
    <message>
        <source>TLS is not available: Qt found no TLS backend (is OpenSSL 3 installed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too large for a certificate or key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate needs both its certificate file and its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 (issued by %2), SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a self-signed certificate made for %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 holds no certificate (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is protected by a passphrase: give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase of the key %1 is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key Sockpit can read (PEM: RSA, EC or DSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsSwitch</name>
    <message>
        <source>TLS 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the connection with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TlsVersionCombo</name>
    <message>
        <source>TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum TLS version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TrafficLog</name>
    <message>
        <source>RX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::TrafficRecorder</name>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::UdpPanel</name>
    <message>
        <source>enter the local port to bind (0 lets the system choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the target as HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reply: select a received datagram in the log first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the input to %1, the sender of the selected datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a received datagram in the log to reply to its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the port; joined groups are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive datagrams on this address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from port %1, chosen by the system; replies to it are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bound: Send uses a port the system chooses; bind to receive on a port of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address (IPv4 and IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 (every IPv4 address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:: (every IPv6 address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target as typed (HOST:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockpit::UdpSession</name>
    <message>
        <source>&apos;%1&apos; is not a multicast group: IPv4 groups are 224.0.0.0–239.255.255.255 (class D), IPv6 groups start with ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 on every IPv4 and IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending from %1, a port chosen by the system; replies to it are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not switch broadcast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the multicast options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 datagrams waiting for %2 were not sent: the target changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 datagrams waiting for %2 were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more datagrams to %2 were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram of %1 bytes not sent: one datagram carries at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: %1 datagrams already wait for the address of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: the address of %1 is unknown; set the target again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: no target; enter HOST:PORT to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: no peer to send to; select a received datagram first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram of %1 bytes not sent: one IPv4 datagram carries at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram of %1 bytes not sent: one IPv6 datagram carries at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: 255.255.255.255 reaches every host of the local network; switch broadcast on to send to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: %1 is the broadcast address of a local network; switch broadcast on to send to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram to %1 cut by the system: %2 of %3 bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram to %1 not sent: %2 (if it is a broadcast address, switch broadcast on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: %1 is IPv4 but this port is bound to IPv6 address %2; bind to every address to use both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram not sent: %1 is IPv6 but this port is bound to IPv4 address %2; bind to every address to use both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a joined group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is joined already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind a port before joining %1: the group&apos;s datagrams arrive at the port you bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot receive group %1 on a port bound to %2: bind to every address, e.g. port %3 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 group but this port is bound to IPv4 only: bind to [::]:%2 or to every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4 group but this port is bound to IPv6 only: bind to 0.0.0.0:%2 or to every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system cannot join IPv4 group %1 on a port bound to every address: bind to 0.0.0.0:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not join %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not leave %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a host name; a multicast group is an address such as 239.1.2.3 or ff15::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 datagrams to %2 were dropped by the system: they came faster than they were read and the receive buffer was full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientPanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or a host name, of the server to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port, 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7788</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short connection: every send connects, sends, waits for the reply, then closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short connection: how long to wait for more reply data before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply wait in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServerPanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to listen: every address (IPv4 and IPv6), every IPv4 or IPv6 address, or one address of this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on, 1–65535 (0 lets the system choose); ports below 1024 need administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients beyond this many are refused and closed at once; 0 means unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections from one IP address beyond this many are refused; 0 means unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum connections per IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a client that sent nothing for this many seconds; 0 means never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every chunk a client sends: not at all, with the same bytes, or with a fixed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-reply mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed reply, encoded like the send box (backslash escapes work), or hex bytes when Hex is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed reply is hex bytes, e.g. 74 68 61 6E 6B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed reply is hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defences so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client that connected; select one or more to send to, disconnect or filter the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the Send button sends to: the clients selected in the list, or every connected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connections of the selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect se&amp;lected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every client&apos;s connection (listening goes on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the clients that have left from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the current client&apos;s traffic in the receive log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: current client &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpPanel</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which local address to receive on: every IPv4 and IPv6 address, every address of one family, or one address of this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port to bind, 0–65535; 0 lets the system choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Send delivers: HOST:PORT, [IPv6]:PORT, a host name, a broadcast address or a multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the input to the sender of the datagram selected in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the sender of the selected datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent senders, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use as target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the chosen sender the target of Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chosen sender as target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the datagrams from and to the chosen sender in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the chosen sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast and multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broad&amp;cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending to broadcast addresses (255.255.255.255 or the last address of a network), which reach every host of the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface to join groups on and to send multicast through; its broadcast address is offered as a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multicast group: IPv4 224.0.0.0–239.255.255.255 (class D) or IPv6 ff00::/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the datagrams sent to this group (bind a port first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop receiving the group chosen in the joined list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joine&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups this port has joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop limit (TTL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many routers a multicast datagram may cross: 1 stays on the local network, 0 on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast TTL or hop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own datagrams loop bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the multicast datagrams this port sends to this machine too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
