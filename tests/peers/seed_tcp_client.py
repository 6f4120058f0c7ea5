# The TCP client of the tutorial Sockpit grew from, as a real peer for tests:
# it asks for the server's ip and port and a line to send, sends the line in
# GBK, prints the reply decoded from GBK and closes.
from socket import *

# 创建socket
tcp_client_socket = socket(AF_INET, SOCK_STREAM)

# 目的信息
server_ip = input("请输入服务器ip:")
server_port = int(input("请输入服务器port:"))

# 链接服务器
tcp_client_socket.connect((server_ip, server_port))

# 提示用户输入数据
send_data = input("请输入要发送的数据：")

tcp_client_socket.send(send_data.encode("gbk"))

# 接收对方发送过来的数据，最大接收1024个字节
recvData = tcp_client_socket.recv(1024)

# 对接收的数据解码
recvContent = recvData.decode('gbk')

print(recvContent)

# 关闭套接字
tcp_client_socket.close()
