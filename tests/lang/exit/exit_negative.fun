// Exit -1 gives status 255.
exit -1
// expect exit: 255
