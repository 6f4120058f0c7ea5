#!/usr/bin/env python3
# The tutorial's UDP sender ("发送数据"): one datagram, encoded as the tutorial
# does, to a destination given on the command line instead of typed in.
#   seed_udp_send.py HOST PORT TEXT [ENCODING]   (ENCODING defaults to gbk)
import sys
from socket import AF_INET, AF_INET6, SOCK_DGRAM, socket

host, port, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
encoding = sys.argv[4] if len(sys.argv) > 4 else "gbk"

# 1. 创建udp套接字
udp_socket = socket(AF_INET6 if ":" in host else AF_INET, SOCK_DGRAM)
# 2. 准备接收方的地址
dest_addr = (host, port)
# 4. 发送数据到指定的电脑上的指定程序中
udp_socket.sendto(text.encode(encoding), dest_addr)
# 5. 关闭套接字
udp_socket.close()
