# The TCP server of the tutorial Sockpit grew from, as a real peer for tests:
# it accepts one client, prints what it received decoded from GBK, replies
# "thank you !" in GBK and closes that client.
# Changed from the tutorial only where a test needs it: the port comes from the
# command line (0 lets the system choose), it binds to 127.0.0.1 only, it prints
# the port it listens on, stdout is UTF-8 whatever the locale, and the socket
# option constants are taken from the star import (the tutorial's
# socket.SOL_SOCKET fails after "from socket import *").
#   python3 seed_tcp_server.py [PORT]
import sys
from socket import *

sys.stdout.reconfigure(encoding="utf-8")

# 创建socket
tcp_server_socket = socket(AF_INET, SOCK_STREAM)

# 释放端口
tcp_server_socket.setsockopt(SOL_SOCKET, SO_REUSEADDR, True)

# ip地址和端口号：测试只在本机回环地址上监听
address = ('127.0.0.1', int(sys.argv[1]) if len(sys.argv) > 1 else 7788)

# 绑定地址
tcp_server_socket.bind(address)

# 使用socket创建的套接字默认的属性是主动的，使用listen将其变为被动的，这样就可以接收别人的链接了，
# 128是等待accept处理的最大链接数
tcp_server_socket.listen(128)

# 告诉测试程序实际监听的端口
print(tcp_server_socket.getsockname()[1], flush=True)

# 如果有新的客户端来链接服务器，那么就产生一个新的套接字专门为这个客户端服务
# client_socket用来为这个客户端服务
# tcp_server_socket就可以省下来专门等待其他新客户端的链接
client_socket, clientAddr = tcp_server_socket.accept()

# 接收对方发送过来的数据
recv_data = client_socket.recv(1024)  # 接收1024个字节
print('接收到的数据为:', recv_data.decode('gbk'), flush=True)

# 发送一些数据到客户端
client_socket.send("thank you !".encode('gbk'))

# 关闭为这个客户端服务的套接字，只要关闭了，就意味着为不能再为这个客户端服务了，如果还需要服务，只能再次重新连接
client_socket.close()
