#!/usr/bin/env python3
# The tutorial's UDP sender that waits for an answer ("发送接收数据"): sends one
# datagram, then prints the reply decoded as GBK and the address it came from.
#   seed_udp_send_recv.py HOST PORT TEXT
import sys
from socket import AF_INET, AF_INET6, SOCK_DGRAM, socket

host, port, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]

udp_socket = socket(AF_INET6 if ":" in host else AF_INET, SOCK_DGRAM)
udp_socket.settimeout(20)  # a test must not hang when no answer comes
dest_addr = (host, port)
udp_socket.sendto(text.encode("gbk"), dest_addr)

# 5. 等待接收对方发送的数据
recv_data = udp_socket.recvfrom(1024)
# 6. 显示对方发送的数据
print(recv_data[0].decode("gbk"))
print("%s %d" % (recv_data[1][0], recv_data[1][1]))
sys.stdout.flush()
udp_socket.close()
