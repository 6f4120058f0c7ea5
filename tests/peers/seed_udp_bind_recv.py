#!/usr/bin/env python3
# The tutorial's bound UDP receiver ("服务端绑定端口"): binds, receives one
# datagram and prints it decoded as GBK. It binds to loopback on a port the
# system chooses (printed first) rather than to ('', 7788), so tests never clash.
#   seed_udp_bind_recv.py [HOST]   (HOST defaults to 127.0.0.1)
import sys
from socket import AF_INET, AF_INET6, SOCK_DGRAM, socket

host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"

# 1. 创建套接字
udp_socket = socket(AF_INET6 if ":" in host else AF_INET, SOCK_DGRAM)
udp_socket.settimeout(20)
# 2. 绑定本地的相关信息
local_addr = (host, 0)
udp_socket.bind(local_addr)
print("PORT %d" % udp_socket.getsockname()[1])
sys.stdout.flush()

# 3. 等待接收对方发送的数据
recv_data = udp_socket.recvfrom(1024)
# 4. 显示接收到的数据
print(recv_data[0].decode("gbk"))
sys.stdout.flush()
# 5. 关闭套接字
udp_socket.close()
