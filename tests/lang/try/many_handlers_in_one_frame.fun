// Many nested try/finally blocks in one function all run on a throw.
x = 0
try
  try
    try
      try
        try
          try
            try
              try
                try
                  try
                    try
                      try
                        try
                          try
                            try
                              try
                                try
                                  try
                                    throw "deep"
                                  finally
                                    x += 1
                                finally
                                  x += 1
                              finally
                                x += 1
                            finally
                              x += 1
                          finally
                            x += 1
                        finally
                          x += 1
                      finally
                        x += 1
                    finally
                      x += 1
                  finally
                    x += 1
                finally
                  x += 1
              finally
                x += 1
            finally
              x += 1
          finally
            x += 1
        finally
          x += 1
      finally
        x += 1
    finally
      x += 1
  finally
    x += 1
catch e
  print(e + " " + to_string(x))   // expect: deep 17
